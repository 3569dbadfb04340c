package org.touchmap.bench;

import java.util.List;
import java.util.Locale;

/** The drag benchmark's results as Markdown: times per scenario, then the large map's ratios to the baselines. */
final class DragReport {
    /** The target for the 95th percentile frame time on the large map, in ms. */
    static final double TARGET_P95 = 16;

    private final int cards;
    private final int arrows;
    private final int smallCards;
    private final int steps;
    private final int warmup;
    private final int rounds;

    DragReport(int cards, int arrows, int smallCards, int steps, int warmup, int rounds) {
        this.cards = cards;
        this.arrows = arrows;
        this.smallCards = smallCards;
        this.steps = steps;
        this.warmup = warmup;
        this.rounds = rounds;
    }

    String render(List<DragScenario> scenarios) {
        StringBuilder out = new StringBuilder();
        out.append("## Frame time while dragging\n\n");
        out.append(Machine.describeWithJavaFx()).append("\n\n");
        out.append(String.format(Locale.ROOT, "The large map: %d cards, %d arrows. ", cards, arrows));
        out.append(String.format(Locale.ROOT, "%d moves per drag, %d warm-up rounds, %d measured rounds,"
                + " a %.0fx%.0f scene. Times in ms. Per move: \"handlers\" = the mouse event through the"
                + " scene, picking included; \"update\" = handlers + the CSS and layout a pulse would do,"
                + " timed alone; \"frame\" = time from one pulse to the next with one move per pulse and"
                + " pulses back to back (includes drawing); \"full restyle\" = a forced CSS pass over the"
                + " whole scene (root.applyCss()) + layout, timed apart. \"drop\" = the release + CSS + layout.%n%n",
                steps, warmup, rounds, DragSubject.SCENE_WIDTH, DragSubject.SCENE_HEIGHT));
        out.append("| subject | cards | dragged | handlers median | update median | update p95"
                + " | frame median | frame p95 | target p95 ≤ 16 | full restyle median | drop median |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (DragScenario s : scenarios) {
            Percentiles update = s.update();
            Percentiles frame = s.frame();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %.2f | %.1f |%n",
                    s.subjectName(), cardsOf(s), s.selected(), s.handled().median(), update.median(), update.p95(),
                    frame.median(), frame.p95(), verdict(frame.p95()), s.restyled().median(), s.drop().median()));
        }
        out.append("\nRatios of the large map to the baselines (same run, same drag):\n\n");
        out.append("| dragged | against | update median | update p95 | frame median | frame p95 |\n");
        out.append("|---:|---|---:|---:|---:|---:|\n");
        for (DragScenario large : scenarios) {
            if (!large.subjectName().equals(DragFrameBenchmark.LARGE_MAP)) {
                continue;
            }
            for (DragScenario base : scenarios) {
                if (base != large && base.selected() == large.selected()) {
                    out.append(String.format(Locale.ROOT, "| %d | %s (%d) | %.1f× | %.1f× | %.1f× | %.1f× |%n",
                            large.selected(), base.subjectName(), cardsOf(base),
                            large.update().median() / base.update().median(),
                            large.update().p95() / base.update().p95(),
                            large.frame().median() / base.frame().median(),
                            large.frame().p95() / base.frame().p95()));
                }
            }
        }
        return out.toString();
    }

    /** Whether a 95th percentile frame time meets the target. */
    static String verdict(double p95) {
        return p95 <= TARGET_P95 ? "met" : "not met";
    }

    private int cardsOf(DragScenario scenario) {
        return scenario.subjectName().equals(DragFrameBenchmark.SMALL_MAP) ? smallCards : cards;
    }
}
