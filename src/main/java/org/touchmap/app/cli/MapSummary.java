package org.touchmap.app.cli;

import org.touchmap.io.OneLine;

import org.touchmap.model.JourneyMap;

/** A map in one line: {@code "Title", 5 stages, 2 lanes, 14 touchpoints, 2 chains}. */
final class MapSummary {
    private MapSummary() {
    }

    static String of(JourneyMap map) {
        return "\"" + OneLine.of(map.title()) + "\", "
                + count(map.stages().size(), "stage") + ", "
                + count(map.lanes().size(), "lane") + ", "
                + count(map.touchpoints().size(), "touchpoint") + ", "
                + count(map.chains().size(), "chain");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
