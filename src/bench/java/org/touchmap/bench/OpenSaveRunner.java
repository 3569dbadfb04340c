package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link OpenSaveBenchmark} with JMH and reports each operation of Touchmap's io as a ratio
 * to raw Jackson on the same tree, measured in the same run.
 *
 * <p>System properties: {@code bench.files.touchpoints} (5000), {@code bench.files.forks} (1),
 * {@code bench.files.warmup} and {@code bench.files.iterations} (3 and 5, of 2 s each),
 * {@code bench.output} folder for the report and the files (target/benchmarks).
 */
public final class OpenSaveRunner {
    private static final List<String> OPERATIONS = List.of("open", "save", "decode", "encode");
    static final double TARGET = 1.5;
    private static final int ITERATION_SECONDS = 2;

    private OpenSaveRunner() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int touchpoints = Integer.getInteger("bench.files.touchpoints", 5000);
        String output = System.getProperty("bench.output", "target/benchmarks");
        Options options = new OptionsBuilder()
                .include(OpenSaveBenchmark.class.getName() + "\\.")
                .param("touchpoints", Integer.toString(touchpoints))
                .forks(Integer.getInteger("bench.files.forks", 1))
                .warmupIterations(Integer.getInteger("bench.files.warmup", 3))
                .warmupTime(TimeValue.seconds(ITERATION_SECONDS))
                .measurementIterations(Integer.getInteger("bench.files.iterations", 5))
                .measurementTime(TimeValue.seconds(ITERATION_SECONDS))
                .jvmArgs("-Xmx1g", "-Dbench.output=" + output)
                .build();
        Map<String, Statistics> byMethod = new HashMap<>();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getStatistics());
        }
        String report = render(touchpoints, byMethod);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + ReportFile.write(Path.of(output), "open-save.md", report));
    }

    private static String render(int touchpoints, Map<String, Statistics> byMethod) {
        StringBuilder out = new StringBuilder();
        out.append("## Open and save against raw Jackson\n\n");
        out.append(Machine.describe()).append("\n\n");
        out.append(String.format(Locale.ROOT, "A detailed map of %d touchpoints, %.1f MB as a file."
                + " JMH sample time; times in ms.%n%n", touchpoints,
                OpenSaveBenchmark.fileSize(touchpoints) / 1_000_000.0));
        out.append("| operation | Touchmap median | Touchmap p95 | Jackson median | Jackson p95"
                + " | ratio median | ratio p95 | samples (Touchmap / Jackson) | target |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String operation : OPERATIONS) {
            row(out, operation, byMethod.get(operation + "Touchmap"), byMethod.get(operation + "Jackson"));
        }
        row(out, "save against a durable Jackson save", byMethod.get("saveTouchmap"),
                byMethod.get("durableSaveJackson"));
        return out.toString();
    }

    private static void row(StringBuilder out, String operation, Statistics touchmap, Statistics jackson) {
        if (touchmap == null || jackson == null) {
            return;
        }
        double touchmapMedian = touchmap.getPercentile(50);
        double touchmapP95 = touchmap.getPercentile(95);
        double jacksonMedian = jackson.getPercentile(50);
        double jacksonP95 = jackson.getPercentile(95);
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f× | %d / %d | ≤ %.1f× |%n",
                operation, touchmapMedian, touchmapP95, jacksonMedian, jacksonP95,
                touchmapMedian / jacksonMedian, touchmapP95 / jacksonP95, touchmap.getN(), jackson.getN(), TARGET));
    }
}
