package org.touchmap.io.files;

import org.touchmap.io.MapFiles;
import org.touchmap.io.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class FileStampTest {
    @TempDir
    Path folder;

    @Test
    void stampHoldsSizeTimeAndHashOfTheBytes() throws IOException {
        Path file = Files.writeString(folder.resolve("map.cjm"), "abc");
        Instant written = Instant.parse("2024-05-01T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));

        FileStamp stamp = FileStamp.of(file);

        assertEquals(3, stamp.size());
        assertEquals(written, stamp.lastModified());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stamp.sha256());
        assertTrue(stamp.exists());
    }

    @Test
    void touchingAFileWithoutChangingItKeepsTheSameContent() throws IOException {
        Path file = Files.writeString(folder.resolve("map.cjm"), "{\"title\": \"Clinic\"}");
        FileStamp before = FileStamp.of(file);
        Files.setLastModifiedTime(file, FileTime.from(before.lastModified().plusSeconds(60)));

        FileStamp after = FileStamp.of(file);

        assertNotEquals(before.lastModified(), after.lastModified());
        assertTrue(after.sameContentAs(before));
    }

    @Test
    void changingABytePreservingTheSizeIsAChange() throws IOException {
        Path file = Files.writeString(folder.resolve("map.cjm"), "{\"title\": \"Clinic\"}");
        FileStamp before = FileStamp.of(file);
        Files.writeString(file, "{\"title\": \"Clinil\"}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(before.lastModified()));

        FileStamp after = FileStamp.of(file);

        assertEquals(before.size(), after.size());
        assertFalse(after.sameContentAs(before));
    }

    @Test
    void aKnownStampIsReusedWhileSizeAndTimeStayAndRetakenWhenEitherMoves() throws IOException {
        Path file = Files.writeString(folder.resolve("map.cjm"), "{\"title\": \"Clinic\"}");
        FileStamp known = FileStamp.of(file);

        assertSame(known, FileStamp.of(file, known), "unchanged size and time: the bytes are not read again");

        Files.writeString(file, "{\"title\": \"Clinic, new\"}", StandardCharsets.UTF_8);
        FileStamp changed = FileStamp.of(file, known);
        assertFalse(changed.sameContentAs(known));
        assertEquals(FileStamp.of(file), changed);

        Files.delete(file);
        assertEquals(FileStamp.missing(), FileStamp.of(file, known));
    }

    @Test
    void aFileThatIsNotThereHasTheMissingStamp() throws IOException {
        FileStamp stamp = FileStamp.of(folder.resolve("gone.cjm"));

        assertEquals(FileStamp.missing(), stamp);
        assertFalse(stamp.exists());
        assertTrue(stamp.sameContentAs(FileStamp.missing()));
    }

    @Test
    void deletingAFileChangesItsStamp() throws IOException {
        Path file = Files.writeString(folder.resolve("map.cjm"), "");
        FileStamp before = FileStamp.of(file);
        Files.delete(file);

        assertTrue(before.exists());
        assertFalse(FileStamp.of(file).sameContentAs(before));
    }

    @Test
    void aFolderCannotBeStamped() {
        assertThrows(IOException.class, () -> FileStamp.of(folder));
    }

    @Test
    void stampOfASavedMapHashesExactlyTheBytesWritten() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        org.touchmap.model.JourneyMap map = org.touchmap.model.MedicalClinicMap.build();
        MapFiles.save(map, file);
        byte[] written = MapJson.write(map);

        FileStamp stamp = FileStamp.of(file);

        assertEquals(written.length, stamp.size());
        assertEquals(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(written)), stamp.sha256());
    }
}
