package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The command line as a fresh Java runs it from the launcher: what only a whole process shows,
 * such as its temporary folder (fixed when Java starts) or what libraries log to standard error.
 */
class FreshProcessTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm").toAbsolutePath();

    @TempDir
    Path folder;

    private record Run(int exitCode, String output) {
    }

    private Run touchmap(List<String> javaOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + folder.resolve("home"),
                "-Djava.awt.headless=true"));
        command.addAll(javaOptions);
        command.add("org.touchmap.app.Launcher");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }

    @Test
    void everyExportIsWrittenWithoutATemporaryFolder() throws Exception {
        Run run = touchmap(List.of("-Djava.io.tmpdir=" + folder.resolve("no-such-folder")),
                "export", SAMPLE.toString(), "--png", "map.png", "--svg", "map.svg", "--pdf", "map.pdf", "--xlsx", "map.xlsx");

        assertEquals(0, run.exitCode(), run.output());
        for (String name : List.of("map.png", "map.svg", "map.pdf", "map.xlsx")) {
            assertTrue(Files.size(folder.resolve(name)) > 1000, name);
        }
        assertEquals(4, run.output().lines().count(), "one line per file and nothing else: " + run.output());
    }

    @Test
    void aDamagedWorkbookIsOneLineWithoutTheLibrariesLogRecords() throws Exception {
        assertEquals(0, touchmap(List.of(), "export", SAMPLE.toString(), "--xlsx", "map.xlsx").exitCode());
        Path damaged = folder.resolve("damaged.xlsx");
        try (ZipFile workbook = new ZipFile(folder.resolve("map.xlsx").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry : java.util.Collections.list(workbook.entries())) {
                byte[] content = workbook.getInputStream(entry).readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                // Half of every sheet: the XML ends in the middle, as in a copy cut short.
                out.write(entry.getName().contains("worksheets/") ? java.util.Arrays.copyOf(content, content.length / 2)
                        : content);
                out.closeEntry();
            }
        }

        Run run = touchmap(List.of(), "import", SAMPLE.toString(), "--xlsx", "damaged.xlsx", "--dry-run");

        assertEquals(1, run.exitCode(), run.output());
        assertEquals(1, run.output().lines().count(), run.output());
        assertTrue(run.output().startsWith("error: damaged.xlsx: "), run.output());
    }
}
