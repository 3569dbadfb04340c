package org.touchmap.ui.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** The names the analysis panel shows for the ids a report speaks of; an id stands in for a missing element. */
final class MapNames {
    private final JourneyMap map;

    MapNames(JourneyMap map) {
        this.map = map;
    }

    String stage(String id) {
        return map.findStage(id).map(Stage::name).orElse(id);
    }

    String touchpoint(String id) {
        return map.findTouchpoint(id).map(Touchpoint::name).orElse(id);
    }

    String chain(String id) {
        return map.findChain(id).map(Chain::name).orElse(id);
    }

    static String joined(List<String> ids, Function<String, String> name, String separator) {
        return ids.stream().map(name).collect(Collectors.joining(separator));
    }
}
