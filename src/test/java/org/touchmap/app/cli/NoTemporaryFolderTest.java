package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every export works when the temporary folder cannot be written (full, missing, read-only):
 * fonts, pictures and workbooks must not need it. Runs a fresh Java, since the temporary folder
 * is fixed when Java starts.
 */
class NoTemporaryFolderTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void everyExportIsWrittenWithoutATemporaryFolder() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + folder.resolve("no-such-folder"),
                "-Duser.home=" + folder.resolve("home"),
                "-Djava.awt.headless=true",
                "org.touchmap.app.Launcher", "export", SAMPLE.toString(),
                "--png", "map.png", "--svg", "map.svg", "--pdf", "map.pdf", "--xlsx", "map.xlsx"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
        String output = new String(process.getInputStream().readAllBytes());

        assertEquals(0, process.exitValue(), output);
        for (String name : List.of("map.png", "map.svg", "map.pdf", "map.xlsx")) {
            assertTrue(Files.size(folder.resolve(name)) > 1000, name);
        }
        assertEquals(4, output.lines().count(), "one line per file and nothing else: " + output);
    }
}
