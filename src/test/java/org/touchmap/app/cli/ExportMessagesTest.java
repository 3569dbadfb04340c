package org.touchmap.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** Each way an export fails gets its own line, with the advice that helps for it alone. */
class ExportMessagesTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm");

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsNamedAsSuch() {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--svg", folder.resolve("nowhere/map.svg").toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("the folder does not exist"), run.err());
        assertFalse(run.err().contains("free space"), "no advice that does not help: " + run.err());
    }

    @Test
    void aPathEndingInASlashIsRefusedInsteadOfWritingAFileNamedAfterTheFolder() {
        String folderPath = folder.resolve("newname") + "/";

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--png", folderPath);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--png needs a file name, not a folder"), run.err());
        assertFalse(Files.exists(folder.resolve("newname")), "nothing written");
    }

    @Test
    void aPictureTooLargeSaysWhatIsTooFarWithoutFolderAdvice() throws Exception {
        String sample = Files.readString(SAMPLE);
        Path far = Files.writeString(folder.resolve("far.cjm"),
                sample.replaceFirst("\"x\"\\s*:\\s*[-0-9.]+", "\"x\": 100000000"));

        CliRun run = CliRun.of("export", far.toString(), "--png", folder.resolve("map.png").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("check that the folder exists"), run.err());
        assertFalse(Files.exists(folder.resolve("map.png")));
    }

    @Test
    void aFullDiskIsCalledSoWhateverWordsTheLibraryUsed() {
        Path file = folder.resolve("map.png");
        IOException full = new IOException("I/O error writing PNG file!", new IOException("No space left on device"));

        assertEquals("error: " + file + ": the disk is full — free some space, or write to another disk",
                ExportFailureText.of(file, full));
    }
}
