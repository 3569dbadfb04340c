package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.SpecialFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every command writes only where it may and reads only files: what the path names is never replaced. */
class OutputPathsCommandTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm");

    @TempDir
    Path folder;

    @Test
    void anExportToAPipeIsOneLineAndThePipeStays() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("out.svg"));

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--svg", pipe.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("a named pipe is there"), run.err());
        assertFalse(Files.isRegularFile(pipe));
        assertEquals(0, folder.toFile().list().length - 1, "no temporary file left");
    }

    @Test
    void anExportToADeviceLeavesTheDevice() throws Exception {
        assumeTrue(SpecialFiles.canMakeDevices(), "only root may make a device node");
        Path device = SpecialFiles.nullDevice(folder.resolve("null"));

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--png", device.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("a device is there"), run.err());
        assertFalse(Files.isRegularFile(device));
    }

    @Test
    void anExportThroughALinkWritesTheFileAndKeepsTheLink() throws Exception {
        Files.createDirectory(folder.resolve("pictures"));
        Path link = Files.createSymbolicLink(folder.resolve("map.svg"), Path.of("pictures/map.svg"));

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--svg", link.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(folder.resolve("pictures/map.svg")).contains("<svg"));
    }

    @Test
    void anImportFromTheBackupIntoTheMapItBacksUpIsRefused() throws Exception {
        Path map = Files.copy(SAMPLE, folder.resolve("clinic.cjm"));
        Path backup = Files.copy(SAMPLE, folder.resolve("clinic.cjm.bak"));
        Path workbook = folder.resolve("w.xlsx");
        assertEquals(0, CliRun.of("export", backup.toString(), "--xlsx", workbook.toString()).exitCode());
        byte[] before = Files.readAllBytes(backup);

        CliRun run = CliRun.of("import", backup.toString(), "--xlsx", workbook.toString(), "--out", map.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("would move its old content to " + backup), run.err());
        assertArrayEquals(before, Files.readAllBytes(backup), "the input is untouched");
    }

    @Test
    void generateOverAPipeLeavesNoBackupLink() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("big.cjm"));

        CliRun run = CliRun.of("generate", pipe.toString(), "--touchpoints", "20", "--stages", "4", "--chains", "2");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(folder.resolve("big.cjm.bak")));
    }

    @Test
    void validatingAPipeAnswersAtOnce() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("map.cjm"));

        CliRun run = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> CliRun.of("validate", pipe.toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not a file but a named pipe"), run.err());
    }

    @Test
    void importingFromAPipeAnswersAtOnce() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("w.xlsx"));

        CliRun run = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> CliRun.of("import", SAMPLE.toString(), "--xlsx", pipe.toString(), "--dry-run"));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("workbooks are read only from files"), run.err());
    }
}
