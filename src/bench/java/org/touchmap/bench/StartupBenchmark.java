package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Startup to the first painted frame: the editor, opening its bundled sample as a person's first
 * start does, against a minimal JavaFX window started the same way. Each launch is a fresh JVM
 * with the same flags and class path; the two alternate, and change which goes first every
 * round, so a busy moment of the machine falls on both. Warm-up rounds, not counted, fill the
 * file cache. Run through the {@code bench} Maven profile; see {@code docs/benchmarks.md}.
 *
 * <p>System properties: {@code bench.startup.warmup} rounds (1), {@code bench.startup.runs}
 * measured rounds (10), {@code bench.jvmOptions} for both subjects (none), {@code bench.onDisplay}
 * to show the windows on the X display instead of headless (false), {@code bench.output} folder for
 * the report (target/benchmarks).
 */
public final class StartupBenchmark {
    static final double TARGET_RATIO = 1.3;
    private static final String REPORT_FILE = "startup.md";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int warmup = Integer.getInteger("bench.startup.warmup", 1);
        int runs = Integer.getInteger("bench.startup.runs", 10);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks"));
        Result result = measure(warmup, runs, output.resolve("startup"));
        String report = result.render(warmup);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + ReportFile.write(output, REPORT_FILE, report));
    }

    /** Wall and processor times of the measured launches of each subject, in ns. */
    record Result(long[] editorNanos, long[] minimalNanos, long[] editorCpuNanos, long[] minimalCpuNanos) {
        Percentiles editor() {
            return Percentiles.ofNanos(editorNanos);
        }

        Percentiles minimal() {
            return Percentiles.ofNanos(minimalNanos);
        }

        double medianRatio() {
            return editor().median() / minimal().median();
        }

        String render(int warmup) {
            Percentiles editor = editor();
            Percentiles minimal = minimal();
            StringBuilder out = new StringBuilder("## Startup to the first frame\n\n");
            String options = System.getProperty(ChildJvm.JVM_OPTIONS_PROPERTY, "").trim();
            out.append(Machine.describe()).append(", each launch a fresh JVM with JavaFX ")
                    .append(Boolean.getBoolean(ChildJvm.ON_DISPLAY_PROPERTY)
                            ? "on the display " + System.getenv("DISPLAY") + " (its default windowing and pipeline)"
                            : "headless (Monocle, prism sw, a 1600×1200 screen)")
                    .append(", JVM options: ")
                    .append(options.isEmpty() ? "none" : "`" + options + "`").append(".\n");
            out.append(String.format(Locale.ROOT, "%d warm-up round(s), %d measured; times in ms from launching"
                    + " the JVM to the first painted frame.%n%n", warmup, editor.count()));
            out.append("| subject | launches | median | p95 | fastest | CPU time median |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            row(out, "Touchmap, opening the bundled sample", editor, editorNanos, editorCpuNanos);
            row(out, "Minimal JavaFX window with a label", minimal, minimalNanos, minimalCpuNanos);
            double p95Ratio = editor.p95() / minimal.p95();
            out.append(String.format(Locale.ROOT, "%nRatio Touchmap / minimal window: median %.2f×, p95 %.2f×;"
                    + " target ≤ %.1f× (median): %s.%n", medianRatio(), p95Ratio, TARGET_RATIO,
                    medianRatio() <= TARGET_RATIO ? "met" : "not met"));
            if (editorCpuNanos.length > 0 && minimalCpuNanos.length > 0) {
                out.append(String.format(Locale.ROOT, "Processor time (all threads, to the first frame):"
                        + " median ratio %.2f×.%n", Percentiles.ofNanos(editorCpuNanos).median()
                        / Percentiles.ofNanos(minimalCpuNanos).median()));
            }
            return out.toString();
        }

        private static void row(StringBuilder out, String subject, Percentiles times, long[] nanos, long[] cpuNanos) {
            long fastest = Arrays.stream(nanos).min().orElse(0);
            String cpu = cpuNanos.length == 0 ? "?"
                    : String.format(Locale.ROOT, "%.0f", Percentiles.ofNanos(cpuNanos).median());
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %s |%n",
                    subject, times.count(), times.median(), times.p95(), fastest / 1_000_000.0, cpu));
        }
    }

    static Result measure(int warmup, int runs, Path workFolder) throws IOException, InterruptedException {
        ChildJvm children = new ChildJvm(workFolder);
        List<Long> editor = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        List<Long> editorCpu = new ArrayList<>();
        List<Long> minimalCpu = new ArrayList<>();
        for (int round = 0; round < warmup + runs; round++) {
            boolean keep = round >= warmup;
            boolean editorFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isEditor = editorFirst == (turn == 0);
                ChildJvm.Started started = children.launch(isEditor ? ChildJvm.EDITOR : ChildJvm.MINIMAL, List.of());
                started.stop();
                System.out.printf(Locale.ROOT, "%s round %d: %s %.0f ms (CPU %.0f ms)%n",
                        keep ? "Measured" : "Warm-up", keep ? round - warmup + 1 : round + 1,
                        isEditor ? "Touchmap" : "minimal window", started.millisToFirstFrame(), started.cpuMillis());
                if (keep) {
                    (isEditor ? editor : minimal).add(Math.round(started.millisToFirstFrame() * 1_000_000));
                    if (started.cpuMillis() >= 0) {
                        (isEditor ? editorCpu : minimalCpu).add(Math.round(started.cpuMillis() * 1_000_000));
                    }
                }
            }
        }
        return new Result(toArray(editor), toArray(minimal), toArray(editorCpu), toArray(minimalCpu));
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
