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
    void aWorkbookExportAskedToStopMidwayLeavesNothingBehind() throws Exception {
        assertEquals(0, touchmap(List.of(), "generate", "--touchpoints", "20000", "--stages", "20", "--chains", "50",
                "big.cjm").exitCode());
        Path temporary = Files.createDirectory(folder.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + folder.resolve("home"),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + temporary, "org.touchmap.app.Launcher",
                "export", "big.cjm", "--xlsx", "big.xlsx"));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (hidden(folder).isEmpty() && process.isAlive() && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "still writing when asked to stop");
        Thread.sleep(500);
        process.destroy(); // SIGTERM, as kill and a closing session send
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped");

        assertEquals(List.of(), hidden(folder), "no temporary file or parts folder beside the workbook");
        assertFalse(Files.exists(folder.resolve("big.xlsx")), "no half workbook");
        try (var left = Files.walk(temporary)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "nothing in the temporary folder");
        }
    }

    private static List<Path> hidden(Path folder) throws java.io.IOException {
        try (var entries = Files.list(folder)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith(".big.xlsx")).toList();
        }
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
