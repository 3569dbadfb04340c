package org.touchmap.bench;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link XlsxBenchmark}, {@link PngBenchmark} and {@link ReportBenchmark} with JMH and reports
 * each against its target: the xlsx export and the picture as ratios to their bare baselines
 * measured in the same run, the report as an absolute time.
 *
 * <p>System properties: {@code bench.export.xlsxTouchpoints} (5000), {@code bench.export.pngTouchpoints}
 * (2000), {@code bench.export.reportTouchpoints} (5000), {@code bench.export.forks} (1),
 * {@code bench.export.warmup} and {@code bench.export.iterations} (3 and 5, of 2 s each, 10 s for the xlsx export),
 * {@code bench.output} folder for the report (target/benchmarks).
 */
public final class ExportRunner {
    static final double XLSX_TARGET = 1.3;
    static final double PNG_TARGET = 2.0;
    static final double REPORT_TARGET_MS = 50;
    /** A workbook of 5,000 touchpoints takes about a second: longer iterations give enough samples. */
    private static final int XLSX_ITERATION_SECONDS = 10;

    private ExportRunner() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int xlsx = Integer.getInteger("bench.export.xlsxTouchpoints", 5000);
        int png = Integer.getInteger("bench.export.pngTouchpoints", 2000);
        int report = Integer.getInteger("bench.export.reportTouchpoints", 5000);
        Map<String, Statistics> results = new HashMap<>();
        results.putAll(JmhRuns.run(JmhRuns.options("export", XlsxBenchmark.class.getName() + "\\.",
                XLSX_ITERATION_SECONDS).param("touchpoints", Integer.toString(xlsx))));
        results.putAll(run(PngBenchmark.class, png));
        results.putAll(run(ReportBenchmark.class, report));
        String text = render(xlsx, png, report, results);
        String output = System.getProperty("bench.output", "target/benchmarks");
        System.out.println();
        System.out.println(text);
        System.out.println("Written to " + ReportFile.write(Path.of(output), "export.md", text));
    }

    private static Map<String, Statistics> run(Class<?> benchmark, int touchpoints) throws RunnerException {
        return JmhRuns.run(JmhRuns.options("export", benchmark.getName() + "\\.")
                .param("touchpoints", Integer.toString(touchpoints)));
    }

    private static String render(int xlsx, int png, int report, Map<String, Statistics> results) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## Exports and the report against their targets\n\n");
        out.append(Machine.describe()).append("\n\n");
        Dimension picture = PngBenchmark.pictureSize(png);
        out.append(String.format(Locale.ROOT, "JMH sample time; times in ms. The workbook has %d cells for %d"
                        + " touchpoints; the picture of %d touchpoints is %d × %d px; the report's map has %d"
                        + " touchpoints and %d chains.%n%n", WorkbookCells.of(GeneratedMap.detailed(xlsx)).cellCount(),
                xlsx, png, picture.width, picture.height, report, ReportBenchmark.CHAINS));
        out.append("| operation | Touchmap median | Touchmap p95 | baseline | baseline median | baseline p95"
                + " | ratio median | ratio p95 | target | met |\n");
        out.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
        ratioRow(out, "xlsx export, " + xlsx + " touchpoints", results.get("xlsxTouchmap"),
                "bare POI SXSSF, same cells", results.get("xlsxPoi"), XLSX_TARGET);
        ratioRow(out, "picture at scale 1, " + png + " touchpoints", results.get("pngTouchmap"),
                "bare Graphics2D, a rectangle and a string per card", results.get("pngGraphics2d"), PNG_TARGET);
        ratioRow(out, "picture at scale 1, " + png + " touchpoints", results.get("pngTouchmap"),
                "the same, antialiased", results.get("pngGraphics2dAntialiased"), PNG_TARGET);
        Statistics analysis = results.get("reportTouchmap");
        if (analysis != null) {
            double median = analysis.getPercentile(50);
            out.append(String.format(Locale.ROOT, "| analysis report, %d touchpoints | %.2f | %.2f | — | | | | |"
                            + " ≤ %.0f ms | %s |%n", report, median, analysis.getPercentile(95), REPORT_TARGET_MS,
                    median <= REPORT_TARGET_MS ? "yes" : "no"));
        }
        return out.toString();
    }

    private static void ratioRow(StringBuilder out, String operation, Statistics touchmap, String baselineName,
                                 Statistics baseline, double target) {
        if (touchmap == null || baseline == null) {
            return;
        }
        double ratio = touchmap.getPercentile(50) / baseline.getPercentile(50);
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %.2f | %.2f | %.2f× | %.2f× | ≤ %.1f× | %s |%n",
                operation, touchmap.getPercentile(50), touchmap.getPercentile(95), baselineName,
                baseline.getPercentile(50), baseline.getPercentile(95), ratio,
                touchmap.getPercentile(95) / baseline.getPercentile(95), target, ratio <= target ? "yes" : "no"));
    }
}
