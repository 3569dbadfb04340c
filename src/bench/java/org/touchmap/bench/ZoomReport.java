package org.touchmap.bench;

import java.util.List;
import java.util.Locale;

/** The zoom sweeps' results as Markdown: frame times per subject, then the large map's ratios to the baselines. */
final class ZoomReport {
    private final int cards;
    private final int arrows;
    private final int smallCards;
    private final int notches;
    private final int warmup;
    private final int rounds;

    ZoomReport(int cards, int arrows, int smallCards, int notches, int warmup, int rounds) {
        this.cards = cards;
        this.arrows = arrows;
        this.smallCards = smallCards;
        this.notches = notches;
        this.warmup = warmup;
        this.rounds = rounds;
    }

    String render(List<ZoomScenario> scenarios) {
        StringBuilder out = new StringBuilder();
        out.append("## Frame time while zooming\n\n");
        out.append(String.format(Locale.ROOT, "The large map: %d cards, %d arrows. A sweep: from 100 %%, %d Ctrl+wheel"
                + " notches in (×1.1 each, up to 400 %%) and as many out, then %d out and as many in, around the middle"
                + " of a %.0fx%.0f scene, one notch per pulse, pulses back to back; \"frame\" = time from one pulse"
                + " to the next; \"in\" = the first half of each sweep (100 %% to %.0f %% and back),"
                + " \"out\" = the second (100 %% to %.0f %% and back). One sweep per round, %d warm-up rounds,"
                + " %d measured rounds. Times in ms.%n%n",
                cards, arrows, notches, notches, DragSubject.SCENE_WIDTH, DragSubject.SCENE_HEIGHT,
                100 * Math.min(4, Math.pow(1.1, notches)), 100 * Math.pow(1.1, -notches), warmup, rounds));
        out.append("| subject | cards | frames | frame median | frame p95 | target p95 ≤ 16"
                + " | in median | in p95 | out median | out p95 |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (ZoomScenario s : scenarios) {
            Percentiles frame = s.frame();
            Percentiles in = s.zoomedIn();
            Percentiles out2 = s.zoomedOut();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %s | %.2f | %.2f | %.2f | %.2f |%n",
                    s.subjectName(), cardsOf(s), frame.count(), frame.median(), frame.p95(),
                    DragReport.verdict(frame.p95()), in.median(), in.p95(), out2.median(), out2.p95()));
        }
        out.append("\nRatios of the large map to the baselines (same run, same sweep):\n\n");
        out.append("| against | frame median | frame p95 |\n");
        out.append("|---|---:|---:|\n");
        Percentiles large = scenarios.get(0).frame();
        for (ZoomScenario base : scenarios.subList(1, scenarios.size())) {
            out.append(String.format(Locale.ROOT, "| %s (%d) | %.1f× | %.1f× |%n", base.subjectName(), cardsOf(base),
                    large.median() / base.frame().median(), large.p95() / base.frame().p95()));
        }
        return out.toString();
    }

    private int cardsOf(ZoomScenario scenario) {
        return scenario.subjectName().equals(DragFrameBenchmark.SMALL_MAP) ? smallCards : cards;
    }
}
