package org.touchmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

/**
 * Heap the editor holds for a large map: the editor started on a generated map of 5,000 detailed
 * touchpoints against the editor started on the same map with no touchpoints (10 stages, 4 lanes,
 * two empty chains). Each launch is a fresh JVM, headless as in the startup benchmark; after its
 * first painted frame, {@link HeapProbe} collects the garbage several times and reads the heap in
 * use, with a class histogram that shows what the difference is made of.
 *
 * <p>System properties: {@code bench.heap.touchpoints} (5000), {@code bench.heap.runs} launches
 * of each map (2), {@code bench.output} folder for the report and the files (target/benchmarks).
 */
public final class HeapBenchmark {
    static final double TARGET_MIB = 150;
    private static final String REPORT_FILE = "heap.md";
    private static final int HISTOGRAM_ROWS = 12;

    private HeapBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, MapFileException {
        int touchpoints = Integer.getInteger("bench.heap.touchpoints", 5000);
        int runs = Integer.getInteger("bench.heap.runs", 2);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks"));
        Result result = measure(touchpoints, runs, output.resolve("heap"));
        String report = result.render();
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + ReportFile.write(output, REPORT_FILE, report));
    }

    /** The heap after each launch on the empty and on the large map, and the histograms of the last two. */
    record Result(int touchpoints, long fileBytes, double modelAloneMiB, List<HeapProbe.Reading> empty,
                  List<HeapProbe.Reading> large) {
        double emptyMiB() {
            return median(empty);
        }

        double largeMiB() {
            return median(large);
        }

        double differenceMiB() {
            return largeMiB() - emptyMiB();
        }

        String render() {
            StringBuilder out = new StringBuilder("## Heap for a large map\n\n");
            out.append(Machine.describe()).append(", each launch a fresh JVM with default heap settings and")
                    .append(" JavaFX headless (Monocle, prism sw).\n");
            out.append(String.format(Locale.ROOT, "Heap in use after the first frame and three full"
                    + " collections, median of %d launch(es) each; the large map is %.1f MB as a file.%n%n",
                    large.size(), fileBytes / 1_000_000.0));
            out.append("| map | heap used (MiB) | each launch (MiB) |\n|---|---:|---|\n");
            row(out, "no touchpoints (10 stages, 4 lanes)", empty);
            row(out, String.format(Locale.ROOT, "%,d detailed touchpoints", touchpoints), large);
            out.append(String.format(Locale.ROOT, "%nDifference: %.1f MiB; target ≤ %.0f MiB: %s"
                    + " (%.1f KiB per touchpoint).%n", differenceMiB(), TARGET_MIB,
                    differenceMiB() <= TARGET_MIB ? "met" : "not met",
                    differenceMiB() * 1024 / Math.max(1, touchpoints)));
            out.append(String.format(Locale.ROOT, "The map alone, loaded from the file without the editor, takes"
                    + " %.1f MiB of it.%n", modelAloneMiB));
            out.append("\nWhat the difference is made of (class histogram of the last large-map launch minus that of")
                    .append(" the last empty one, largest first):\n\n");
            out.append("| class | instances | MiB |\n|---|---:|---:|\n");
            for (HeapProbe.ClassUse use : difference(large.get(large.size() - 1), empty.get(empty.size() - 1))) {
                out.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f |%n", use.className(), use.instances(),
                        use.bytes() / (1024.0 * 1024.0)));
            }
            return out.toString();
        }

        private static void row(StringBuilder out, String map, List<HeapProbe.Reading> readings) {
            List<String> each = readings.stream()
                    .map(reading -> String.format(Locale.ROOT, "%.1f", reading.usedMiB())).toList();
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", map, median(readings), String.join(", ", each)));
        }

        private static List<HeapProbe.ClassUse> difference(HeapProbe.Reading large, HeapProbe.Reading empty) {
            Map<String, HeapProbe.ClassUse> before = new HashMap<>();
            empty.histogram().forEach(use -> before.put(use.className(), use));
            List<HeapProbe.ClassUse> grown = new ArrayList<>();
            for (HeapProbe.ClassUse use : large.histogram()) {
                HeapProbe.ClassUse old = before.getOrDefault(use.className(),
                        new HeapProbe.ClassUse(use.className(), 0, 0));
                grown.add(new HeapProbe.ClassUse(use.className(), use.instances() - old.instances(),
                        use.bytes() - old.bytes()));
            }
            grown.sort(Comparator.comparingLong(HeapProbe.ClassUse::bytes).reversed());
            return grown.subList(0, Math.min(HISTOGRAM_ROWS, grown.size()));
        }
    }

    static Result measure(int touchpoints, int runs, Path workFolder)
            throws IOException, InterruptedException, MapFileException {
        Files.createDirectories(workFolder);
        Path emptyFile = workFolder.resolve("no-touchpoints." + MapFiles.EXTENSION);
        Path largeFile = workFolder.resolve(touchpoints + "-touchpoints." + MapFiles.EXTENSION);
        save(GeneratedMap.detailed(0), emptyFile);
        save(GeneratedMap.detailed(touchpoints), largeFile);
        HeapProbe probe = new HeapProbe(new ChildJvm(workFolder));
        List<HeapProbe.Reading> empty = new ArrayList<>();
        List<HeapProbe.Reading> large = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            empty.add(report("no touchpoints", probe.measure(emptyFile)));
            large.add(report(touchpoints + " touchpoints", probe.measure(largeFile)));
        }
        return new Result(touchpoints, Files.size(largeFile), modelAloneMiB(largeFile), empty, large);
    }

    /** The heap a loaded map takes in this JVM, without any of the editor around it. */
    private static double modelAloneMiB(Path file) throws MapFileException {
        long before = usedAfterCollections();
        JourneyMap map = MapFiles.load(file);
        long after = usedAfterCollections();
        Reference.reachabilityFence(map);
        return (after - before) / (1024.0 * 1024.0);
    }

    private static long usedAfterCollections() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void save(JourneyMap map, Path file) throws MapFileException {
        MapFiles.save(map, file);
    }

    private static HeapProbe.Reading report(String map, HeapProbe.Reading reading) {
        System.out.printf(Locale.ROOT, "Editor with %s: %.1f MiB heap in use%n", map, reading.usedMiB());
        return reading;
    }

    private static double median(List<HeapProbe.Reading> readings) {
        double[] sorted = readings.stream().mapToDouble(HeapProbe.Reading::usedMiB).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
