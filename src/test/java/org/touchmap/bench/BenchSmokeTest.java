package org.touchmap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks are not run by the normal build, but they are compiled with the tests, and this
 * test runs the core of each once on tiny sizes, so a change that breaks a benchmark shows in
 * {@code mvn verify} and not weeks later under {@code -Pbench}. It checks that they run, never
 * how fast.
 */
class BenchSmokeTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(30)
    void openSaveBenchmarkRunsEachOperationOnceOnASmallMap() throws Exception {
        String previousOutput = System.setProperty("bench.output", folder.toString());
        OpenSaveBenchmark benchmark = new OpenSaveBenchmark();
        benchmark.touchpoints = 50;
        try {
            benchmark.createFiles();
            assertEquals(50, benchmark.openTouchmap().touchpoints().size());
            assertTrue(benchmark.openJackson().isObject());
            benchmark.saveTouchmap();
            benchmark.saveJackson();
            assertEquals(50, benchmark.decodeTouchmap().touchpoints().size());
            assertTrue(benchmark.decodeJackson().isObject());
            assertTrue(benchmark.encodeTouchmap().length > 0);
            assertTrue(benchmark.encodeJackson().length > 0);
            benchmark.deleteFiles();
        } finally {
            restore("bench.output", previousOutput);
        }
    }

    /** In a JVM of its own: the benchmark starts and ends JavaFX, which the UI tests share in this one. */
    @Test
    @Timeout(60)
    void dragBenchmarkRunsOneShortRoundOnASmallMap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=1600x1200-32", "-Djava.awt.headless=true",
                "-Dbench.output=" + folder, "-Dbench.drag.cards=20", "-Dbench.drag.smallCards=10",
                "-Dbench.drag.selected=2", "-Dbench.drag.steps=3", "-Dbench.drag.warmup=0", "-Dbench.drag.rounds=1",
                "-classpath", ChildJvm.classPath(), DragFrameBenchmark.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("drag.log").toFile()).start();
        assertTrue(process.waitFor(55, TimeUnit.SECONDS), "the drag benchmark did not end");
        assertEquals(0, process.exitValue(), () -> read(folder.resolve("drag.log")));
        assertTrue(Files.readString(folder.resolve("drag-frame-time.md")).contains(DragFrameBenchmark.LARGE_MAP));
    }

    /** In a JVM of its own, as the drag benchmark. */
    @Test
    @Timeout(90)
    void fitZoomBenchmarkTimesEachChangeOnceOnSmallMaps() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=1600x1200-32", "-Djava.awt.headless=true", "-Djavafx.animation.fullspeed=true",
                "-Dbench.output=" + folder, "-Dbench.drag.cards=20", "-Dbench.drag.smallCards=10",
                "-Dbench.drag.links=5", "-Dbench.fit.warmup=0", "-Dbench.fit.rounds=1",
                "-classpath", ChildJvm.classPath(), FitZoomBenchmark.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("fit.log").toFile()).start();
        assertTrue(process.waitFor(85, TimeUnit.SECONDS), "the fit and zoom benchmark did not end");
        assertEquals(0, process.exitValue(), () -> read(folder.resolve("fit.log")));
        assertTrue(Files.readString(folder.resolve("fit-zoom.md")).contains("| Actual size from fit |"));
    }

    @Test
    @Timeout(60)
    void startupBenchmarkLaunchesTheEditorAndTheMinimalWindowOnce() throws Exception {
        StartupBenchmark.Result result = StartupBenchmark.measure(0, 1, folder);
        assertTrue(result.editor().median() > 0);
        assertTrue(result.minimal().median() > 0);
        assertTrue(result.render(0).contains("Ratio Touchmap / minimal window"));
    }

    /** The editor's launch is covered above; the minimal window is the quicker JVM to read a heap from. */
    @Test
    @Timeout(30)
    void heapProbeReadsTheHeapOfARunningWindowAndTheReportRenders() throws Exception {
        HeapProbe.Reading reading = new HeapProbe(new ChildJvm(folder))
                .measure(ChildJvm.MINIMAL, List.of(), folder.resolve("heap.txt"));
        assertTrue(reading.usedBytes() > 0);
        assertTrue(reading.histogram().size() > 10);
        HeapBenchmark.Result result = new HeapBenchmark.Result(50, 1000, 1.0, List.of(reading), List.of(reading));
        assertTrue(result.render().contains("Difference: 0.0 MiB"));
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "no output: " + e.getMessage();
        }
    }
}
