package org.touchmap.bench;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.touchmap.io.MapFiles;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayouter;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;

/**
 * One-shot commands as a person runs them from a script: each a fresh JVM, timed from its start
 * to its exit, against a bare program doing the same library work in a fresh JVM of its own, the
 * two alternately, medians over the rounds. The pairs are those of the felt-speed targets:
 * {@code validate} against Jackson's {@code readTree} of the same file, {@code report} against
 * {@code validate}, {@code export --xlsx} against POI's streaming workbook writing the same cells
 * ({@link WorkbookCells}), {@code export --png} against Graphics2D filling each card's box and
 * drawing its name, antialiased, encoded as PNG by ImageIO.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/touchmap.jar:target/test-classes org.touchmap.bench.ColdCommandsBenchmark 5000 3
 * </pre>
 * The first argument is the number of touchpoints of the generated map, or a map file.
 */
public final class ColdCommandsBenchmark {
    private static final String LAUNCHER = "org.touchmap.app.Launcher";

    private ColdCommandsBenchmark() {
    }

    /** A pair to compare: what a person runs, the baseline, and the ratio asked for. */
    private record Pair(String name, List<String> subject, List<String> baseline, double target) {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "5000";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("cold-commands");
        Path map = what.endsWith(".cjm") ? Path.of(what) : generated(Integer.parseInt(what), work);
        JourneyMap loaded = MapFiles.load(map);
        Path cells = work.resolve("cells.bin");
        writeCells(WorkbookCells.of(loaded), cells);
        Path boxes = work.resolve("boxes.bin");
        writeBoxes(loaded, boxes);

        List<Pair> pairs = List.of(
                new Pair("validate against Jackson readTree", launch("validate", map.toString()),
                        bare("readTree", map.toString()), 1.3),
                new Pair("report against validate", launch("report", map.toString()),
                        launch("validate", map.toString()), 1.2),
                new Pair("export --xlsx against POI SXSSF", launch("export", map.toString(), "--xlsx="
                        + work.resolve("out.xlsx")), bare("xlsx", cells.toString(), work.resolve("bare.xlsx").toString()), 1.3),
                new Pair("export --png against Graphics2D", launch("export", map.toString(), "--png="
                        + work.resolve("out.png")), bare("png", boxes.toString(), work.resolve("bare.png").toString()), 2.0));
        System.out.printf(Locale.ROOT, "Cold one-shot commands on %s (%d touchpoints), %d rounds, medians in ms%n",
                map, loaded.touchpoints().size(), rounds);
        System.out.println("| command | Touchmap | baseline | ratio | target |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Pair pair : pairs) {
            double[] subject = new double[rounds];
            double[] baseline = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                subject[round] = run(pair.subject());
                baseline[round] = run(pair.baseline());
            }
            double s = median(subject);
            double b = median(baseline);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f× | ≤ %.1f× |%n", pair.name(), s, b, s / b,
                    pair.target());
        }
    }

    private static Path generated(int touchpoints, Path work) throws Exception {
        Path file = work.resolve("map-" + touchpoints + ".cjm");
        MapFiles.save(GeneratedMap.detailed(touchpoints), file);
        return file;
    }

    private static List<String> launch(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static List<String> bare(String... args) {
        List<String> command = new ArrayList<>(List.of(Bare.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Runs a main class in a fresh JVM with this class path; wall milliseconds from start to exit. */
    private static double run(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - started) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", mainAndArgs) + " ended with " + exit);
        }
        return millis;
    }

    private static void writeCells(WorkbookCells cells, Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(cells.asLists());
        }
    }

    /** Each card's box as {x, y, width, height} at scale 1, its name, and the picture's size. */
    private static void writeBoxes(JourneyMap map, Path file) throws IOException {
        var size = PngExport.size(map, PictureOptions.defaults(Locale.ROOT));
        var cards = MapLayouter.layout(map, LayoutSettings.defaults()).cards();
        double[][] boxes = cards.stream().map(card -> new double[] {card.bounds().x(), card.bounds().y(),
                card.bounds().width(), card.bounds().height()}).toArray(double[][]::new);
        String[] names = cards.stream().map(card -> map.touchpoint(card.touchpointId()).name()).toArray(String[]::new);
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(new int[] {size.width, size.height});
            out.writeObject(boxes);
            out.writeObject(names);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The bare programs, each touching only its library and the JDK. */
    public static final class Bare {
        private Bare() {
        }

        public static void main(String[] args) throws Exception {
            switch (args[0]) {
                case "readTree" -> System.out.println(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(Files.readAllBytes(Path.of(args[1]))).size());
                case "xlsx" -> xlsx(Path.of(args[1]), Path.of(args[2]));
                case "png" -> png(Path.of(args[1]), Path.of(args[2]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }

        @SuppressWarnings("unchecked")
        private static void xlsx(Path cells, Path out) throws Exception {
            List<Object[]> sheets;
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cells))) {
                sheets = (List<Object[]>) in.readObject();
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                WorkbookCells.writeWithPoi(WorkbookCells.fromLists(sheets), stream);
            }
        }

        private static void png(Path boxes, Path out) throws Exception {
            int[] size;
            double[][] cards;
            String[] names;
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(boxes))) {
                size = (int[]) in.readObject();
                cards = (double[][]) in.readObject();
                names = (String[]) in.readObject();
            }
            var image = new java.awt.image.BufferedImage(size[0], size[1], java.awt.image.BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
            for (int i = 0; i < cards.length; i++) {
                double[] box = cards[i];
                g.setColor(java.awt.Color.WHITE);
                g.fill(new java.awt.geom.RoundRectangle2D.Double(box[0], box[1], box[2], box[3], 8, 8));
                g.setColor(java.awt.Color.DARK_GRAY);
                g.drawString(names[i], (float) box[0] + 8, (float) box[1] + 30);
            }
            g.dispose();
            javax.imageio.ImageIO.write(image, "png", out.toFile());
        }
    }
}
