package org.touchmap.bench;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.GeneratorSettings.Detail;
import org.touchmap.model.generate.MapGenerator;

/**
 * Large maps for the benchmarks and the large-map tests, the same every time: made by
 * {@link MapGenerator} with 10 stages and 4 lanes, the touchpoints spread evenly over the 40 cells,
 * five cards a row inside a cell. Touchpoint {@code tp0} is in the top-left cell, with
 * {@code tp1}..{@code tp19} next to it. A long chain runs through the first card of every cell and
 * a short one through {@code tp0}..{@code tp19}, so dragged cards have arrows.
 */
public final class GeneratedMap {
    private static final int STAGES = 10;
    private static final int LANES = 4;
    private static final int SHORT_CHAIN = 20;
    private static final long SEED = 1;
    private static final String[] EXTRA_COLOURS = {"#009e73", "#cc79a7", "#e69f00", "#56b4e9"};

    private GeneratedMap() {
    }

    /** A map with only what a card shows: name, channel, rating, key point. */
    public static JourneyMap cards(int touchpoints) {
        return build(touchpoints, Detail.CARDS);
    }

    /**
     * A map as {@link #cards(int)} with at least {@code links} chain links in all: the two chains
     * above, and one more chain per cell (from the second cell on) through the cell's cards in
     * order, as many links in each as it takes.
     */
    public static JourneyMap cards(int touchpoints, int links) {
        JourneyMap map = build(touchpoints, Detail.CARDS);
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
        return build(touchpoints, Detail.FULL);
    }

    private static JourneyMap build(int touchpoints, Detail detail) {
        JourneyMap map = MapGenerator.generate(new GeneratorSettings(touchpoints, STAGES, LANES, 0, SEED, detail));
        int perCell = MapGenerator.cardsPerCell(touchpoints, STAGES, LANES);
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
}
