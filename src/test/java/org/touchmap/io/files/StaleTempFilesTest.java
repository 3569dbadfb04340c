package org.touchmap.io.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class StaleTempFilesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant TWO_HOURS_AGO = NOW.minus(Duration.ofHours(2));

    @TempDir
    Path folder;

    private Path file(Path in, String name, Instant modified) throws IOException {
        Path file = in.resolve(name);
        Files.writeString(file, "content");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyOldFilesWithTheWritersTempNameGo() throws Exception {
        file(folder, ".clinic.cjm.1a2b3c4d.tmp", TWO_HOURS_AGO);
        file(folder, ".clinic.cjm.bak.0f0f0f0f.tmp", TWO_HOURS_AGO);
        file(folder, ".clinic.cjm.9a8b7c6d.tmp", NOW.minusSeconds(60));
        file(folder, "clinic.cjm", TWO_HOURS_AGO);
        file(folder, "clinic.cjm.bak", TWO_HOURS_AGO);
        file(folder, "clinic.1a2b3c4d.tmp", TWO_HOURS_AGO);
        file(folder, ".clinic.cjm.1A2B3C4D.tmp", TWO_HOURS_AGO);
        file(folder, ".clinic.cjm.1a2b3c4.tmp", TWO_HOURS_AGO);
        file(folder, ".clinic.cjm.1a2b3c4d.tmp.txt", TWO_HOURS_AGO);
        file(folder, "..1a2b3c4d.tmp", TWO_HOURS_AGO);

        int deleted = StaleTempFiles.delete(List.of(folder), StaleTempFiles.DEFAULT_AGE, NOW);

        assertEquals(2, deleted);
        assertEquals(List.of("..1a2b3c4d.tmp", ".clinic.cjm.1A2B3C4D.tmp", ".clinic.cjm.1a2b3c4.tmp",
                ".clinic.cjm.1a2b3c4d.tmp.txt", ".clinic.cjm.9a8b7c6d.tmp", "clinic.1a2b3c4d.tmp",
                "clinic.cjm", "clinic.cjm.bak"), namesIn(folder));
    }

    @Test
    void subfoldersAreNeitherEnteredNorDeleted() throws Exception {
        Path sub = Files.createDirectory(folder.resolve(".maps.1a2b3c4d.tmp"));
        file(sub, ".inner.cjm.1a2b3c4d.tmp", TWO_HOURS_AGO);
        Files.setLastModifiedTime(sub, FileTime.from(TWO_HOURS_AGO));

        assertEquals(0, StaleTempFiles.delete(List.of(folder), StaleTempFiles.DEFAULT_AGE, NOW));

        assertEquals(List.of(".inner.cjm.1a2b3c4d.tmp"), namesIn(sub));
    }

    @Test
    void anOldPartsFolderOfAKilledWorkbookExportGoesWithItsFilesButNothingElse() throws Exception {
        Path old = Files.createDirectory(folder.resolve(".map.xlsx.parts.1a2b3c4d.tmp"));
        file(old, "poi-sxssf-sheet1.xml", TWO_HOURS_AGO);
        file(old, "poi-sxssf-sheet2.xml", TWO_HOURS_AGO);
        Files.setLastModifiedTime(old, FileTime.from(TWO_HOURS_AGO));
        Path young = Files.createDirectory(folder.resolve(".map.xlsx.parts.9a8b7c6d.tmp"));
        file(young, "poi-sxssf-sheet1.xml", TWO_HOURS_AGO);
        Path nested = Files.createDirectory(folder.resolve(".other.xlsx.parts.0f0f0f0f.tmp"));
        Files.createDirectory(nested.resolve("inside"));
        Files.setLastModifiedTime(nested, FileTime.from(TWO_HOURS_AGO));

        int deleted = StaleTempFiles.delete(List.of(folder), StaleTempFiles.DEFAULT_AGE, NOW);

        assertEquals(3, deleted, "two files and their folder");
        assertEquals(List.of(".map.xlsx.parts.9a8b7c6d.tmp", ".other.xlsx.parts.0f0f0f0f.tmp"), namesIn(folder));
        assertEquals(List.of("inside"), namesIn(nested), "a folder inside is never entered or deleted");
    }

    @Test
    void everyGivenFolderIsTidiedAndMissingOnesAreSkipped() throws Exception {
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));
        file(first, ".a.cjm.00000000.tmp", TWO_HOURS_AGO);
        file(second, ".b.cjm.11111111.tmp", TWO_HOURS_AGO);

        int deleted = StaleTempFiles.delete(List.of(first, folder.resolve("missing"), second, first),
                StaleTempFiles.DEFAULT_AGE, NOW);

        assertEquals(2, deleted);
        assertEquals(List.of(), namesIn(first));
        assertEquals(List.of(), namesIn(second));
    }

    @Test
    void theNamePatternIsTheOneTheAtomicWriterUses() throws Exception {
        List<String> namesDuringWrite = new java.util.ArrayList<>();
        AtomicFileWriter writer = new AtomicFileWriter((channel, content) -> namesDuringWrite.addAll(namesIn(folder)));

        writer.write(folder.resolve("clinic.cjm"), new byte[]{1});

        assertEquals(1, namesDuringWrite.size());
        assertTrue(StaleTempFiles.isTempName(namesDuringWrite.get(0)), namesDuringWrite.get(0));
    }
}
