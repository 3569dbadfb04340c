package org.touchmap.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ValidateCommandTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve("medical-clinic.cjm");

    @TempDir
    Path folder;
    private byte[] sample;

    @BeforeEach
    void readSample() throws IOException {
        sample = Files.readAllBytes(SAMPLE);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> folderContent() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs validate on a file that must fail, and checks the one error line and that nothing was written. */
    private String assertFails(Path file) throws IOException {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        List<String> filesBefore = folderContent();

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: " + file + ": "), run.err());
        assertTrue(run.err().endsWith("\n"));
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(file));
        }
        assertEquals(filesBefore, folderContent());
        return run.err();
    }

    @Test
    void validMapIsSummedUpOnOneLine() throws IOException {
        Path map = file("medical-clinic.cjm", sample);

        CliRun run = CliRun.of("validate", map.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("ok: " + map + " — \"Medical clinic: a new patient's first visit\", 5 stages, 2 lanes,"
                + " 14 touchpoints, 2 chains" + System.lineSeparator(), run.out());
        assertEquals("", run.err());
        assertArrayEquals(sample, Files.readAllBytes(map));
        assertEquals(List.of("medical-clinic.cjm"), folderContent());
    }

    @Test
    void singularCountsReadNaturally() throws IOException {
        Path map = file("one.cjm", """
                {"format": "touchmap", "formatVersion": 1, "title": "One",
                 "stages": [{"id": "s", "name": "S"}], "lanes": [{"id": "l", "name": "L"}],
                 "touchpoints": [{"id": "t", "name": "T", "stage": "s", "lane": "l"}],
                 "chains": [{"id": "c", "name": "C", "color": "#000000"}]}
                """);
        assertTrue(CliRun.of("validate", map.toString()).out()
                .endsWith("\"One\", 1 stage, 1 lane, 1 touchpoint, 1 chain" + System.lineSeparator()));
    }

    @Test
    void truncatedFileFailsWithOneLine() throws IOException {
        String err = assertFails(file("half.cjm", Arrays.copyOf(sample, sample.length / 2)));
        assertTrue(err.contains("the file ends too early"), err);
    }

    @Test
    void nonJsonFileFailsWithOneLine() throws IOException {
        String err = assertFails(file("notes.cjm", "Meeting notes\n- call the clinic\n"));
        assertTrue(err.contains("it is not JSON text"), err);
    }

    @Test
    void jsonOfAnotherFormatFailsWithOneLine() throws IOException {
        String err = assertFails(file("package.cjm", "{\"name\": \"touchmap\", \"version\": \"1.0.0\"}"));
        assertTrue(err.contains("not a Touchmap map"), err);
    }

    @Test
    void newerFormatVersionFailsWithOneLine() throws IOException {
        String newer = new String(sample, StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 3,");
        String err = assertFails(file("newer.cjm", newer));
        assertTrue(err.contains("made by a newer Touchmap (format 3); this version reads up to 2"), err);
    }

    @Test
    void missingFileFailsWithOneLine() throws IOException {
        String err = assertFails(folder.resolve("nowhere.cjm"));
        assertTrue(err.contains("the file does not exist"), err);
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
        assertTrue(run.err().contains("Usage: touchmap validate"), run.err());
    }

    @Test
    void helpListsTheValidateCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: touchmap"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
    }

    @Test
    void versionNamesTheFileFormat() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Touchmap "), run.out());
        assertTrue(run.out().contains("file format " + org.touchmap.io.json.MapJson.FORMAT_VERSION), run.out());
        assertTrue(run.out().startsWith("Touchmap " + org.touchmap.io.Release.version() + ","), run.out());
        assertFalse(org.touchmap.io.Release.version().contains("$"), "the build fills in the release");
    }
}
