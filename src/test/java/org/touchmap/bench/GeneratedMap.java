package org.touchmap.bench;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Criterion;
import org.touchmap.model.Evidence;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Large maps for the benchmarks and the large-map tests, the same every time: 10 stages, 4 lanes, the touchpoints spread
 * evenly over the 40 cells, five cards a row inside a cell. Touchpoint {@code tp0} is in the
 * top-left cell, with {@code tp1}..{@code tp19} next to it. A long chain runs through the first
 * card of every cell and a short one through {@code tp0}..{@code tp19}, so dragged cards have arrows.
 */
public final class GeneratedMap {
    private static final int STAGES = 10;
    private static final int LANES = 4;
    private static final int CARDS_PER_ROW = 5;
    private static final int SHORT_CHAIN = 20;
    private static final String[] EXTRA_COLOURS = {"#009e73", "#cc79a7", "#e69f00", "#56b4e9"};

    private GeneratedMap() {
    }

    /** A map with only what a card shows: name, channel, rating, key point. */
    public static JourneyMap cards(int touchpoints) {
        return build(touchpoints, false);
    }

    /**
     * A map as {@link #cards(int)} with at least {@code links} chain links in all: the two chains
     * above, and one more chain per cell (from the second cell on) through the cell's cards in
     * order, as many links in each as it takes.
     */
    public static JourneyMap cards(int touchpoints, int links) {
        JourneyMap map = build(touchpoints, false);
        int missing = links - map.chains().stream().mapToInt(chain -> chain.links().size()).sum();
        int cells = STAGES * LANES;
        int perCell = Math.max(1, (touchpoints + cells - 1) / cells);
        int perChain = (missing + cells - 2) / Math.max(1, cells - 1);
        for (int cell = 1; cell < cells && missing > 0; cell++) {
            Chain chain = new Chain("ch-cell" + cell, "Cell " + (cell + 1), EXTRA_COLOURS[cell % EXTRA_COLOURS.length]);
            int first = cell * perCell;
            for (int k = 0; k < perChain && k + 1 < perCell && first + k + 1 < touchpoints && missing > 0; k++) {
                chain.addLink(new ChainLink("tp" + (first + k), "tp" + (first + k + 1)));
                missing--;
            }
            if (!chain.links().isEmpty()) {
                map.addChain(chain);
            }
        }
        return map;
    }

    /** A map whose touchpoints also have descriptions, scores, metrics and notes, as a worked map would. */
    public static JourneyMap detailed(int touchpoints) {
        return build(touchpoints, true);
    }

    private static JourneyMap build(int touchpoints, boolean detailed) {
        JourneyMap map = new JourneyMap("Generated map with " + touchpoints + " touchpoints");
        map.setDescription("A generated map for measuring the editor on large maps.");
        for (int s = 0; s < STAGES; s++) {
            Stage stage = new Stage("s" + s, "Stage " + (s + 1));
            stage.setCustomerQuestion("What does the customer want at step " + (s + 1) + "?");
            stage.setPhase(s < 3 ? "Pre-sale" : s < 7 ? "Sale" : "Post-sale");
            map.addStage(stage);
        }
        for (int l = 0; l < LANES; l++) {
            map.addLane(new Lane("l" + l, "Lane " + (l + 1)));
        }
        List<Channel> channels = ChannelCatalog.all();
        Rating[] ratings = Rating.values();
        int perCell = Math.max(1, (touchpoints + STAGES * LANES - 1) / (STAGES * LANES));
        for (int i = 0; i < touchpoints; i++) {
            int cell = i / perCell;
            int inCell = i % perCell;
            Touchpoint tp = new Touchpoint("tp" + i, "Touchpoint number " + i + " with a longer name",
                    "s" + (cell % STAGES), "l" + (cell / STAGES % LANES));
            Channel channel = channels.get(i % channels.size());
            tp.applyChannelDefaults(channel);
            tp.setRating(ratings[i % ratings.length]);
            tp.setKeyPoint(i % 7 == 0);
            tp.setX((inCell % CARDS_PER_ROW) * 180.0);
            tp.setY((inCell / CARDS_PER_ROW) * 90.0);
            if (detailed) {
                describe(tp, i, channel);
            }
            map.addTouchpoint(tp);
        }
        Chain longChain = new Chain("ch-long", "Through every cell", "#0072b2");
        for (int i = 0; i + perCell < touchpoints; i += perCell) {
            longChain.addLink(new ChainLink("tp" + i, "tp" + (i + perCell)));
        }
        map.addChain(longChain);
        Chain shortChain = new Chain("ch-short", "First cell", "#d55e00");
        for (int i = 0; i + 1 < Math.min(SHORT_CHAIN, touchpoints); i++) {
            shortChain.addLink(new ChainLink("tp" + i, "tp" + (i + 1)));
        }
        map.addChain(shortChain);
        return map;
    }

    private static void describe(Touchpoint tp, int i, Channel channel) {
        tp.setDescription("What the customer sees and does at touchpoint " + i
                + ", and what the company expects to happen next.");
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<Criterion> criteria = channel.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            scores.put(criteria.get(c).id(), 1 + (i + c) % Criterion.MAX_SCORE);
        }
        tp.setCriteria(scores);
        Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
        metrics.put(Metric.CONVERSION_PERCENT, (double) (i % 100));
        metrics.put(Metric.NPS, (double) (i % 201 - 100));
        metrics.put(Metric.COST, 10.5 * (i % 40));
        tp.setMetrics(metrics);
        tp.setPainPoints(i % 3 == 0 ? "Waits too long for an answer; the form loses what was typed." : "");
        tp.setIdeas(i % 4 == 0 ? "Answer within one hour; keep the form's content after an error." : "");
        tp.setOwner("Team " + (i % 6 + 1));
        tp.setEvidence(Evidence.values()[i % Evidence.values().length]);
        tp.setCompetitor(CompetitorComparison.values()[i % CompetitorComparison.values().length]);
        tp.setNotes(i % 5 == 0 ? "Checked in the workshop of week " + (i % 52 + 1) + "." : "");
    }
}
