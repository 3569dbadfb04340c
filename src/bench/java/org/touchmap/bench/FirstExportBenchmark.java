package org.touchmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.render.workbook.WorkbookExport;
import org.touchmap.ui.export.ExportWarmUp;

/**
 * The first export after the editor started: how long the first Excel, PNG and PDF export of a map
 * take in a fresh JVM, cold and after the editor's background warm-up ({@link ExportWarmUp}), and
 * how long the next ones take. Each round starts two JVMs, one of each kind, alternately, so both
 * see the same machine; medians over the rounds.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/touchmap.jar:target/test-classes org.touchmap.bench.FirstExportBenchmark assets/samples/medical-clinic.cjm 5
 * </pre>
 */
public final class FirstExportBenchmark {
    private static final String[] KINDS = {"xlsx", "png", "pdf"};

    private FirstExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--child")) {
            child(Path.of(args[1]), args.length > 2 && args[2].equals("--warm"));
            return;
        }
        Path map = Path.of(args.length > 0 ? args[0] : "assets/samples/medical-clinic.cjm");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<double[]> cold = new ArrayList<>();
        List<double[]> warmed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            cold.add(runChild(map, false));
            warmed.add(runChild(map, true));
        }
        System.out.printf(Locale.ROOT, "First export of %s in a fresh JVM, %d rounds, medians in ms%n", map, rounds);
        System.out.println("| export | cold: first | after the warm-up: first | cold: second | ratio first, warmed to cold |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int kind = 0; kind < KINDS.length; kind++) {
            double coldFirst = median(cold, kind * 2);
            double warmFirst = median(warmed, kind * 2);
            double coldSecond = median(cold, kind * 2 + 1);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.2f× |%n", KINDS[kind], coldFirst, warmFirst,
                    coldSecond, warmFirst / coldFirst);
        }
        System.out.printf(Locale.ROOT, "warm-up itself: %.0f ms (median)%n", median(warmed, KINDS.length * 2));
    }

    /** Runs one child; its times: first and second export of each kind, then the warm-up (0 when cold). */
    private static double[] runChild(Path map, boolean warm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                FirstExportBenchmark.class.getName(), "--child", map.toString()));
        if (warm) {
            command.add("--warm");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the child failed: " + output);
        }
        String last = output.lines().reduce((a, b) -> b).orElseThrow();
        return Arrays.stream(last.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static void child(Path file, boolean warm) throws Exception {
        JourneyMap map = MapFiles.load(file);
        double warmUp = 0;
        if (warm) {
            long started = System.nanoTime();
            ExportWarmUp.run();
            warmUp = millisSince(started);
        }
        Path folder = Files.createTempDirectory("first-export");
        PictureOptions options = PictureOptions.defaults(Locale.ROOT);
        StringBuilder times = new StringBuilder();
        for (String kind : KINDS) {
            for (int time = 0; time < 2; time++) {
                Path out = folder.resolve(kind + time + "." + kind);
                long started = System.nanoTime();
                switch (kind) {
                    case "xlsx" -> WorkbookExport.write(map, Locale.ROOT, out);
                    case "png" -> PngExport.write(map, options, out);
                    default -> PdfExport.write(map, options, out);
                }
                times.append(String.format(Locale.ROOT, "%.1f ", millisSince(started)));
                Files.delete(out);
            }
        }
        Files.delete(folder);
        System.out.println(times.append(String.format(Locale.ROOT, "%.1f", warmUp)));
    }

    private static double millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
