package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Application;
import javafx.stage.Stage;

import org.touchmap.ui.AppTheme;


/**
 * Frame time while dragging cards and while zooming on a large map, against baselines measured in
 * the same run: the same drag and zoom on a small map, and on a bare pane with as many plain
 * rectangles as the map has cards. Drags of one card and of a selection of many, and zoom sweeps,
 * alternate with the baselines round by round, after warm-up rounds that are not counted. Run
 * headless through the {@code bench} Maven profile; see {@code docs/benchmarks.md}.
 *
 * <p>System properties: {@code bench.drag.cards} (2000), {@code bench.drag.links} chain links on
 * the large map (500), {@code bench.drag.smallCards} (20), {@code bench.drag.selected} (50),
 * {@code bench.drag.steps} moves per drag (60), {@code bench.zoom.notches} wheel notches each way
 * of a zoom sweep (15), {@code bench.drag.warmup} rounds (2), {@code bench.drag.rounds} measured
 * rounds (5), {@code bench.output} folder for the report (target/benchmarks).
 */
public final class DragFrameBenchmark {
    static final String LARGE_MAP = "Touchmap canvas, large map";
    static final String SMALL_MAP = "Touchmap canvas, small map";
    static final String PLAIN = "Bare pane, plain rectangles";

    private DragFrameBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        int cards = Integer.getInteger("bench.drag.cards", 2000);
        int smallCards = Integer.getInteger("bench.drag.smallCards", 20);
        int links = Integer.getInteger("bench.drag.links", 500);
        int many = Integer.getInteger("bench.drag.selected", 50);
        int notches = Integer.getInteger("bench.zoom.notches", 15);
        int steps = Integer.getInteger("bench.drag.steps", 60);
        int warmup = Integer.getInteger("bench.drag.warmup", 2);
        int rounds = Integer.getInteger("bench.drag.rounds", 5);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks"));

        FxThread.start();
        FxThread.run(() -> Application.setUserAgentStylesheet(AppTheme.STYLESHEET));
        Stage stage = FxThread.call(Stage::new);

        TouchmapCanvas large = FxThread.call(() -> new TouchmapCanvas(cards, links));
        TouchmapCanvas small = FxThread.call(() -> new TouchmapCanvas(smallCards, 0));
        PlainRectangles plain = FxThread.call(() -> new PlainRectangles(cards));
        Map<String, DragSubject> subjects = new LinkedHashMap<>();
        subjects.put(LARGE_MAP, large);
        subjects.put(SMALL_MAP, small);
        subjects.put(PLAIN, plain);
        List<DragScenario> scenarios = new ArrayList<>();
        for (int selected : new int[] {1, many}) {
            subjects.forEach((name, subject) -> scenarios.add(new DragScenario(name, subject, selected)));
        }
        List<ZoomScenario> zooms = List.of(new ZoomScenario(LARGE_MAP, large), new ZoomScenario(SMALL_MAP, small),
                new ZoomScenario(PLAIN, plain));

        for (int round = 0; round < warmup + rounds; round++) {
            boolean keep = round >= warmup;
            System.out.printf("%s round %d of %d%n", keep ? "Measured" : "Warm-up", keep ? round - warmup + 1 : round + 1,
                    keep ? rounds : warmup);
            for (DragScenario scenario : scenarios) {
                FxThread.run(() -> {
                    stage.setScene(scenario.subject().scene());
                    stage.show();
                });
                FxThread.awaitPulses(3);
                System.gc();
                scenario.dragTwice(steps, keep);
            }
            for (ZoomScenario zoom : zooms) {
                FxThread.run(() -> {
                    stage.setScene(zoom.subject().scene());
                    stage.show();
                });
                FxThread.awaitPulses(3);
                System.gc();
                zoom.sweep(notches, keep);
            }
        }
        int arrows = FxThread.call(large::arrows);
        FxThread.run(stage::hide);
        FxThread.exit();

        String report = new DragReport(cards, arrows, smallCards, steps, warmup, rounds).render(scenarios)
                + "\n" + new ZoomReport(cards, arrows, smallCards, notches, warmup, rounds).render(zooms);
        System.out.println();
        System.out.println(report);
        Path file = ReportFile.write(output, "drag-frame-time.md", report);
        System.out.println("Written to " + file);
    }
}
