package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;
import org.touchmap.model.Touchpoint;

/**
 * Finds cards by what is written on them: name, description, notes, pain points, ideas and the
 * channel's name. Every word of the query must occur somewhere on the card, in any case; "ё"
 * and "е" count as the same letter, as Russian writers mix them. Hits come in reading order,
 * stage by stage from the left, lane by lane from the top, so "next match" walks the map the
 * way people read it.
 */
public final class MapSearch {
    private MapSearch() {
    }

    /**
     * Ids of the cards matching {@code query}, channel names read in {@code locale}; empty for a
     * blank query.
     */
    public static List<String> find(JourneyMap map, String query, Locale locale) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Touchpoint> hits = new ArrayList<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            String text = searchable(touchpoint, locale);
            if (words.stream().allMatch(text::contains)) {
                hits.add(touchpoint);
            }
        }
        // The hits are in map order already, and the sort is stable: within a cell they stay so.
        Map<String, Integer> stageOrder = order(map.stages());
        Map<String, Integer> laneOrder = order(map.lanes());
        hits.sort(Comparator.comparingInt((Touchpoint t) -> stageOrder.get(t.stageId()))
                .thenComparingInt(t -> laneOrder.get(t.laneId())));
        return hits.stream().map(Touchpoint::id).toList();
    }

    private static Map<String, Integer> order(List<? extends MapElement> elements) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            order.put(elements.get(i).id(), i);
        }
        return order;
    }

    private static String searchable(Touchpoint touchpoint, Locale locale) {
        return normalized(String.join("\n", Stream.of(touchpoint.name(), touchpoint.description(),
                touchpoint.notes(), touchpoint.painPoints(), touchpoint.ideas(),
                touchpoint.channel().displayName(locale)).toList()));
    }

    private static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(normalized(query).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
