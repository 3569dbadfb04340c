package org.touchmap.io;

import org.touchmap.io.files.AtomicFileWriter;
import org.touchmap.io.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicSaveTest {
    @TempDir
    Path folder;

    private final JourneyMap first = MedicalClinicMap.build();
    private final JourneyMap second = renamed("Second version");

    private static JourneyMap renamed(String title) {
        JourneyMap map = MedicalClinicMap.build();
        map.setTitle(title);
        return map;
    }

    private static final AtomicFileWriter.HardLinks NO_HARD_LINKS = (link, existing) -> {
        throw new UnsupportedOperationException("no hard links on this file system");
    };

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void firstSaveWritesTheFileAndNothingElse() throws Exception {
        Path file = folder.resolve("clinic.cjm");

        MapFiles.save(first, file);

        assertArrayEquals(MapJson.write(first), Files.readAllBytes(file));
        assertEquals(List.of("clinic.cjm"), fileNames());
    }

    @Test
    void savingTwiceKeepsPreviousVersionAsBackup() throws Exception {
        Path file = folder.resolve("clinic.cjm");

        MapFiles.save(first, file);
        MapFiles.save(second, file);

        assertEquals(second, MapFiles.load(file));
        assertArrayEquals(MapJson.write(first), Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), fileNames());
    }

    @Test
    void eachSaveReplacesTheOldBackup() throws Exception {
        Path file = folder.resolve("clinic.cjm");

        MapFiles.save(first, file);
        MapFiles.save(second, file);
        MapFiles.save(renamed("Third version"), file);

        assertArrayEquals(MapJson.write(second), Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
    }

    @Test
    void failedWriteLeavesPreviousFileAndBackupIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        MapFiles.save(second, file);
        byte[] saved = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(folder.resolve("clinic.cjm.bak"));
        AtomicFileWriter diskFullHalfway = new AtomicFileWriter((channel, content) -> {
            channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
            throw new IOException("No space left on device");
        });

        MapFileException e = assertThrows(MapFileException.class,
                () -> MapFiles.save(renamed("Lost"), file, diskFullHalfway));

        assertEquals("save.failed", e.key());
        LoadFailures.assertMessageShape(e, file.toString());
        assertTrue(e.getMessage().contains("(No space left on device)"), e.getMessage());
        assertTrue(e.getMessage().contains("your previous file is unchanged"), e.getMessage());
        assertArrayEquals(saved, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), fileNames());
    }

    @Test
    void failureWhileKeepingTheBackupLeavesTheFileIntact() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        AtomicInteger writes = new AtomicInteger();
        AtomicFileWriter failsOnBackup = new AtomicFileWriter((channel, content) -> {
            if (writes.incrementAndGet() == 2) {
                throw new IOException("Input/output error");
            }
            channel.write(ByteBuffer.wrap(content));
        }, NO_HARD_LINKS);

        assertThrows(MapFileException.class, () -> MapFiles.save(second, file, failsOnBackup));

        assertArrayEquals(MapJson.write(first), Files.readAllBytes(file));
        assertEquals(List.of("clinic.cjm"), fileNames());
    }

    @Test
    void theBackupIsTheBytesOfThePreviousVersionNotACopyOfThem() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        Object previousVersion = fileKey(file);
        assumeTrue(previousVersion != null, "this file system does not tell files apart");

        MapFiles.save(second, file);

        assertEquals(previousVersion, fileKey(folder.resolve("clinic.cjm.bak")));
        assertNotEquals(previousVersion, fileKey(file));
        assertArrayEquals(MapJson.write(first), Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(second, MapFiles.load(file));
    }

    @Test
    void withoutHardLinksTheBackupIsACopy() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        Object previousVersion = fileKey(file);

        MapFiles.save(second, file, new AtomicFileWriter(AtomicSaveTest::writeFully, NO_HARD_LINKS));

        assertArrayEquals(MapJson.write(first), Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(second, MapFiles.load(file));
        if (previousVersion != null) {
            assertNotEquals(previousVersion, fileKey(folder.resolve("clinic.cjm.bak")));
        }
        assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), fileNames());
    }

    @Test
    void aBackupLinkTidiedAwayBeforeItsRenameIsCopiedInstead() throws Exception {
        // As another window tidying stale temporary files would: the link has the old file's date.
        assertSecondSaveKeepsTheFirstAsBackup((link, existing) -> {
            Files.createLink(link, existing);
            Files.delete(link);
        });
    }

    @Test
    void aHardLinkTheFileSystemRefusesFallsBackToACopy() throws Exception {
        assertSecondSaveKeepsTheFirstAsBackup((link, existing) -> {
            throw new FileSystemException(link.toString(), existing.toString(), "Operation not permitted");
        });
    }

    /** Saves {@code second} over {@code first} with these hard links: the backup is the first, the file the second. */
    private void assertSecondSaveKeepsTheFirstAsBackup(AtomicFileWriter.HardLinks hardLinks) throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);

        MapFiles.save(second, file, new AtomicFileWriter(AtomicSaveTest::writeFully, hardLinks));

        assertArrayEquals(MapJson.write(first), Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(second, MapFiles.load(file));
        assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), fileNames());
    }

    @Test
    void aFailingHardLinkFailsTheSaveAndLeavesFileAndBackupIntact() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        MapFiles.save(second, file);
        byte[] saved = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(folder.resolve("clinic.cjm.bak"));
        AtomicFileWriter linkFails = new AtomicFileWriter(AtomicSaveTest::writeFully, (link, existing) -> {
            throw new IOException("Input/output error");
        });

        assertThrows(MapFileException.class, () -> MapFiles.save(renamed("Lost"), file, linkFails));

        assertArrayEquals(saved, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), fileNames());
    }

    @Test
    void savingWhereTheFolderIsARegularFileFailsCleanly() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "keep me");
        Path file = notAFolder.resolve("clinic.cjm");

        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(first, file));

        assertEquals("save.noFolder", e.key());
        LoadFailures.assertMessageShape(e, file.toString());
        assertEquals("keep me", Files.readString(notAFolder));
        assertEquals(List.of("notes.txt"), fileNames());
    }

    @Test
    void savingIntoAMissingFolderFails() throws Exception {
        Path file = folder.resolve("gone").resolve("clinic.cjm");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(first, file));
        assertEquals("save.noFolder", e.key());
        assertTrue(e.getMessage().contains("there is no folder " + folder.resolve("gone")), e.getMessage());
    }

    @Test
    void savingOverAFolderFails() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("clinic.cjm"));
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(first, sub));
        assertEquals("file.isFolder", e.key());
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void saveIntoReadOnlyFolderFailsCleanly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "the super-user writes anywhere");

            MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(second, file));

            assertEquals("save.denied", e.key());
            assertArrayEquals(MapJson.write(first), Files.readAllBytes(file));
            assertEquals(List.of("clinic.cjm"), fileNames());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newVersionKeepsTheFilePermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        MapFiles.save(second, file);

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aCopiedBackupKeepsThePermissionsOfAPrivateFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(first, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        MapFiles.save(second, file, new AtomicFileWriter(AtomicSaveTest::writeFully, NO_HARD_LINKS));

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("clinic.cjm.bak"))));
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheLinkedFile() throws Exception {
        Path real = folder.resolve("real.cjm");
        MapFiles.save(first, real);
        Path link;
        try {
            link = Files.createSymbolicLink(folder.resolve("link.cjm"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }

        MapFiles.save(second, link);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(second, MapFiles.load(real));
        assertArrayEquals(MapJson.write(first), Files.readAllBytes(folder.resolve("real.cjm.bak")));
    }
}
