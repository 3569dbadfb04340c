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

    private GeneratedMap() {
    }

    /** A map with only what a card shows: name, channel, rating, key point. */
    public static JourneyMap cards(int touchpoints) {
        return build(touchpoints, Detail.CARDS);
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
