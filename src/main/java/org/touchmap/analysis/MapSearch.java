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
import org.touchmap.model.Note;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;

/**
 * Finds cards by what is written on them: name, description, notes, pain points, ideas and the
 * channel's name; and the notes of notes lanes by their text and a process step's owner. Every word of the query must occur somewhere on the card, in any case; "ё"
 * and "е" count as the same letter, as Russian writers mix them.
 *
 * <p>Cards that hold the query as a phrase come first, since that is what people type: "Phone
 * call 3" means the card named so, not "Phone call 23", which merely has all three words. Hits
 * rank by {@link MatchRank}; hits of one rank come in reading order, stage by stage from the
 * left, lane by lane from the top, so "next match" walks the map the way people read it.
 */
public final class MapSearch {
    private MapSearch() {
    }

    /** How well a card matches, best first. */
    enum MatchRank {
        /** The card's name is the query. */
        NAME_IS_PHRASE,
        /** The name holds the query as whole words in a row. */
        NAME_HAS_PHRASE,
        /** Some other text of the card holds the query as whole words in a row. */
        TEXT_HAS_PHRASE,
        /** Some text holds the query in a row, but inside a longer word ("call 3" in "call 30"). */
        TEXT_HAS_PHRASE_IN_WORD,
        /** Every word occurs somewhere, in any order. */
        HAS_WORDS
    }

    /** A card or note that matched: where it is and how well. */
    private record Hit(String id, String stageId, String laneId, MatchRank rank) {
    }

    /**
     * Ids of the cards and notes matching {@code query}, channel names read in {@code locale}, best
     * matches first; empty for a blank query.
     */
    public static List<String> find(JourneyMap map, String query, Locale locale) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String phrase = String.join(" ", words);
        List<Hit> hits = new ArrayList<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            String text = searchable(touchpoint, locale);
            if (words.stream().allMatch(text::contains)) {
                hits.add(new Hit(touchpoint.id(), touchpoint.stageId(), touchpoint.laneId(),
                        rank(normalized(touchpoint.name()), text, phrase)));
            }
        }
        for (Note note : map.notes()) {
            String text = normalized(note.name()) + "\n" + normalized(note.owner());
            if (words.stream().allMatch(text::contains)) {
                hits.add(new Hit(note.id(), note.stageId(), note.laneId(), rank(normalized(note.name()), text, phrase)));
            }
        }
        // The hits are in map order already, and the sort is stable: within a cell they stay so.
        Map<String, Integer> stageOrder = order(map.stages());
        Map<String, Integer> laneOrder = order(map.lanes());
        hits.sort(Comparator.comparing(Hit::rank)
                .thenComparingInt(hit -> stageOrder.get(hit.stageId()))
                .thenComparingInt(hit -> laneOrder.get(hit.laneId())));
        return hits.stream().map(Hit::id).toList();
    }

    private static MatchRank rank(String name, String text, String phrase) {
        if (name.equals(phrase)) {
            return MatchRank.NAME_IS_PHRASE;
        }
        if (holdsAsWords(name, phrase)) {
            return MatchRank.NAME_HAS_PHRASE;
        }
        if (holdsAsWords(text, phrase)) {
            return MatchRank.TEXT_HAS_PHRASE;
        }
        return text.contains(phrase) ? MatchRank.TEXT_HAS_PHRASE_IN_WORD : MatchRank.HAS_WORDS;
    }

    /** Whether {@code phrase} occurs in {@code text} with no letter or digit right before or after it. */
    private static boolean holdsAsWords(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> order(List<? extends MapElement> elements) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            order.put(elements.get(i).id(), i);
        }
        return order;
    }

    /** The card's texts, normalized, each with its runs of white space made one space. */
    private static String searchable(Touchpoint touchpoint, Locale locale) {
        Stream<String> described = Stream.of(TouchpointText.values()).map(touchpoint::text);
        return String.join("\n", Stream.concat(Stream.of(touchpoint.name(), touchpoint.description(),
                touchpoint.notes(), touchpoint.painPoints(), touchpoint.ideas(),
                touchpoint.channel().displayName(locale)), described).map(MapSearch::normalized).toList());
    }

    private static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(normalized(query).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
    }
}
