package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.stage.Stage;

import org.touchmap.ui.AppTheme;

/**
 * How long Fit, Actual size and one zoom step take to settle on a large map, against the same
 * change on a small map in the same run. Each change starts from where a person would make it:
 * Fit from 100 % at the top-left corner, Actual size from the fitted view, the zoom steps from
 * 100 %. Run headless through the {@code bench} Maven profile; see {@code docs/benchmarks.md}.
 *
 * <p>System properties: {@code bench.drag.cards} (2000), {@code bench.drag.links} (500),
 * {@code bench.drag.smallCards} (20), {@code bench.fit.warmup} (2), {@code bench.fit.rounds} (5),
 * {@code bench.fit.only} the one change to time, by the start of its name (all), {@code bench.output}
 * folder for the report (target/benchmarks).
 */
public final class FitZoomBenchmark {
    private FitZoomBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        int cards = Integer.getInteger("bench.drag.cards", 2000);
        int smallCards = Integer.getInteger("bench.drag.smallCards", 20);
        int links = Integer.getInteger("bench.drag.links", 500);
        int warmup = Integer.getInteger("bench.fit.warmup", 2);
        int rounds = Integer.getInteger("bench.fit.rounds", 5);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks"));
        String only = System.getProperty("bench.fit.only", "");

        FxThread.start();
        FxThread.run(() -> Application.setUserAgentStylesheet(AppTheme.STYLESHEET));
        Stage stage = FxThread.call(Stage::new);
        TouchmapCanvas large = FxThread.call(() -> new TouchmapCanvas(cards, links));
        TouchmapCanvas small = FxThread.call(() -> new TouchmapCanvas(smallCards, 0));
        List<ViewChange[]> pairs = new ArrayList<>();
        for (TouchmapCanvas[] subject : new TouchmapCanvas[][] {{large, small}}) {
            pairs.add(changes(subject[0], subject[1], "Fit", TouchmapCanvas::resetView, TouchmapCanvas::fit));
            pairs.add(changes(subject[0], subject[1], "Actual size from fit", TouchmapCanvas::fit,
                    TouchmapCanvas::resetZoom));
            pairs.add(changes(subject[0], subject[1], "Zoom in one step", TouchmapCanvas::resetView,
                    TouchmapCanvas::zoomIn));
            pairs.add(changes(subject[0], subject[1], "Zoom out one step", TouchmapCanvas::resetView,
                    TouchmapCanvas::zoomOut));
        }
        for (int round = 0; round < warmup + rounds; round++) {
            boolean keep = round >= warmup;
            System.out.printf("%s round %d%n", keep ? "Measured" : "Warm-up", round + 1);
            for (ViewChange[] pair : pairs) {
                if (!only.isEmpty() && !pair[0].name().startsWith(only)) {
                    continue;
                }
                for (int i = 0; i < 2; i++) {
                    TouchmapCanvas subject = i == 0 ? large : small;
                    FxThread.run(() -> {
                        stage.setScene(subject.scene());
                        stage.show();
                    });
                    FxThread.awaitPulses(3);
                    System.gc();
                    pair[i].measure(keep);
                }
            }
        }
        FxThread.run(stage::hide);
        FxThread.exit();

        String report = render(pairs, cards, smallCards, warmup, rounds);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + ReportFile.write(output, "fit-zoom.md", report));
    }

    private static String verdict(double millis) {
        return millis <= 300 ? "met" : "not met";
    }

    private static ViewChange[] changes(TouchmapCanvas large, TouchmapCanvas small, String name,
            java.util.function.Consumer<TouchmapCanvas> prepare, java.util.function.Consumer<TouchmapCanvas> change) {
        return new ViewChange[] {
            new ViewChange(name, () -> prepare.accept(large), () -> change.accept(large)),
            new ViewChange(name, () -> prepare.accept(small), () -> change.accept(small))};
    }

    private static String render(List<ViewChange[]> pairs, int cards, int smallCards, int warmup, int rounds) {
        StringBuilder out = new StringBuilder("## Fit and zoom changes\n\n");
        out.append(String.format(Locale.ROOT, "A %.0fx%.0f scene; %d cards against %d, %d warm-up and %d measured"
                + " rounds. First frame: from the change to the end of the frame that shows it; sharp frame: the"
                + " frame that draws the cards sharp once the zoom settled (the %d ms wait before it is not"
                + " counted); settled = the two. Times in ms, medians (p95).%n%n",
                DragSubject.SCENE_WIDTH, DragSubject.SCENE_HEIGHT, cards, smallCards, warmup, rounds, 250));
        out.append("| change | large: first frame | large: sharp frame | large: settled | small: settled"
                + " | ratio settled | settled ≤ 300 ms: median / p95 |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (ViewChange[] pair : pairs) {
            if (pair[0].firstFrames().isEmpty()) {
                continue;
            }
            Percentiles first = pair[0].firstFrame();
            Percentiles sharp = pair[0].sharpFrame();
            Percentiles settled = pair[0].settled();
            Percentiles small = pair[1].settled();
            out.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f× | %s |%n",
                    pair[0].name(), first.median(), first.p95(), sharp.median(), sharp.p95(), settled.median(),
                    settled.p95(), small.median(), small.p95(), settled.median() / small.median(),
                    verdict(settled.median()) + " / " + verdict(settled.p95())));
        }
        return out.toString();
    }
}
