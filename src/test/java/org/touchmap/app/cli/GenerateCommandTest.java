package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class GenerateCommandTest {
    @TempDir
    Path folder;

    @Test
    void writesAMapThatValidatesWithTheCountsAsked() throws Exception {
        Path file = folder.resolve("large.cjm");

        CliRun run = CliRun.of("generate", "--touchpoints", "1200", "--stages", "7", "--chains", "15",
                "--lanes", "4", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote: " + file), run.out());
        CliRun validate = CliRun.of("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("7 stages, 4 lanes, 1200 touchpoints, 15 chains"), validate.out());
        JourneyMap map = MapFiles.load(file);
        assertEquals(1200, map.touchpoints().size());
        assertEquals(15, map.chains().size());
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path first = folder.resolve("first.cjm");
        Path second = folder.resolve("second.cjm");
        Path other = folder.resolve("other.cjm");

        assertEquals(0, generate(first, "7").exitCode());
        assertEquals(0, generate(second, "7").exitCode());
        assertEquals(0, generate(other, "8").exitCode());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(other)));
    }

    @Test
    void aSizeOutOfRangeIsAWrongCommandLine() {
        Path file = folder.resolve("never.cjm");

        CliRun run = CliRun.of("generate", "--touchpoints", "-5", "--stages", "3", "--chains", "1", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--touchpoints must be between 0 and"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingFolderIsOneErrorLine() {
        Path file = folder.resolve("missing").resolve("map.cjm");

        CliRun run = generate(file, "1");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private static CliRun generate(Path file, String seed) {
        return CliRun.of("generate", "--touchpoints", "300", "--stages", "5", "--chains", "6", "--seed", seed,
                file.toString());
    }
}
