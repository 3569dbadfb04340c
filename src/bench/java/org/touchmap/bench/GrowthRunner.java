package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.touchmap.io.json.MapJson;

/**
 * Runs {@link GrowthBenchmark} with JMH and its allocation profiler for maps of growing size, and
 * measures in this JVM the live heap of each map and of the xlsx export, to show how time and
 * memory grow with the number of touchpoints.
 *
 * <p>System properties: {@code bench.growth.sizes} (100,1000,5000,20000), {@code bench.growth.forks}
 * (1), {@code bench.growth.warmup} and {@code bench.growth.iterations} (2 and 3, of 2 s each),
 * {@code bench.output} folder for the report (target/benchmarks).
 */
public final class GrowthRunner {
    private static final List<String> OPERATIONS = List.of("open", "save", "xlsx", "report");
    private static final double MB = 1_000_000.0;

    private GrowthRunner() {
    }

    /** The median time and the bytes allocated per operation of one benchmark at one size. */
    private record Measure(double medianMs, double allocatedBytes) {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String[] sizes = System.getProperty("bench.growth.sizes", "100,1000,5000,20000").split(",");
        Map<String, Measure> measures = new HashMap<>();
        for (RunResult result : new Runner(JmhRuns.options("growth", GrowthBenchmark.class.getName() + "\\.")
                .warmupIterations(Integer.getInteger("bench.growth.warmup", 2))
                .measurementIterations(Integer.getInteger("bench.growth.iterations", 3))
                .param("touchpoints", sizes)
                .addProfiler(GCProfiler.class)
                .build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            measures.put(operation + "@" + result.getParams().getParam("touchpoints"),
                    new Measure(result.getPrimaryResult().getStatistics().getPercentile(50), allocated(result)));
        }
        List<String> rows = new ArrayList<>();
        for (String size : sizes) {
            int touchpoints = Integer.parseInt(size.trim());
            rows.add(String.format(Locale.ROOT, "%d|%.1f|%.1f|%.1f", touchpoints,
                    MapJson.write(GrowthBenchmark.map(touchpoints)).length / MB,
                    LiveHeap.ofMap(touchpoints) / MB, LiveHeap.ofXlsxExport(touchpoints) / MB));
        }
        String text = render(sizes, measures, rows);
        String output = System.getProperty("bench.output", "target/benchmarks");
        System.out.println();
        System.out.println(text);
        System.out.println("Written to " + ReportFile.write(Path.of(output), "growth.md", text));
    }

    private static double allocated(RunResult result) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return secondary.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static String render(String[] sizes, Map<String, Measure> measures, List<String> heapRows) {
        StringBuilder out = new StringBuilder();
        out.append("## Growth with the size of the map\n\n");
        out.append(Machine.describe()).append("\n\n");
        out.append(String.format(Locale.ROOT, "Generated maps of %d stages, %d lanes and one chain per %d touchpoints,"
                        + " every card fully described. JMH sample time, median per operation, in ms; in brackets"
                        + " µs per touchpoint, which stays level when growth is linear.%n%n",
                GrowthBenchmark.STAGES, GrowthBenchmark.LANES, GrowthBenchmark.TOUCHPOINTS_PER_CHAIN));
        out.append("| touchpoints | open | save | xlsx export | report |\n|---:|---:|---:|---:|---:|\n");
        for (String size : sizes) {
            int touchpoints = Integer.parseInt(size.trim());
            out.append("| ").append(touchpoints);
            for (String operation : OPERATIONS) {
                Measure measure = measures.get(operation + "@" + size.trim());
                out.append(measure == null ? " | —" : String.format(Locale.ROOT, " | %.2f (%.1f)",
                        measure.medianMs(), measure.medianMs() * 1000 / touchpoints));
            }
            out.append(" |\n");
        }
        out.append("\nMemory in MB: the file's size; the live heap of the map (after full collections); the live"
                + " heap the xlsx export holds beyond the map once every sheet is built; and the bytes each"
                + " operation allocates (JMH's gc.alloc.rate.norm), most of it short-lived.\n\n");
        out.append("| touchpoints | file | map, live | xlsx export, live beyond the map | allocated: open | save"
                + " | xlsx export | report |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < sizes.length; i++) {
            out.append("| ").append(heapRows.get(i).replace("|", " | "));
            for (String operation : OPERATIONS) {
                Measure measure = measures.get(operation + "@" + sizes[i].trim());
                out.append(measure == null ? " | —" : String.format(Locale.ROOT, " | %.1f", measure.allocatedBytes() / MB));
            }
            out.append(" |\n");
        }
        return out.toString();
    }
}
