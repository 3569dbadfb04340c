package org.touchmap.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog channel a card's name speaks of: "Website: menu and prices" is a web page, "Card payment" a
 * payment, "Звонок администратору" a phone call. The phrase that covers the most letters of the name wins
 * ("Instagram post" is a post, though "Instagram" alone names a social page); among equal ones the first in
 * the catalog. A name that names no channel has no guess, and the card keeps "Other".
 * <p>When a guess applies: see {@code org.touchmap.edit.ChannelFromName}.
 */
public final class ChannelGuess {
    private static final List<Entry> ENTRIES = entries();

    private ChannelGuess() {
    }

    /** The channel {@code name} names, or empty when it names none. */
    public static Optional<Channel> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = tokens(name);
        Entry best = null;
        int bestScore = 0;
        for (Entry entry : ENTRIES) {
            int score = entry.score(tokens);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : ChannelCatalog.byId(best.channelId());
    }

    /** Whether {@code name} names the channel {@code channelId} anywhere, even if another channel wins the guess. */
    public static boolean names(String name, String channelId) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<String> tokens = tokens(name);
        return ENTRIES.stream().anyMatch(entry -> entry.channelId().equals(channelId) && entry.score(tokens) > 0);
    }

    /** Lower-case words of letters and digits; "ё" is read as "е" and letters keep their accents. */
    static List<String> tokens(String text) {
        return split(text, "[^\\p{L}\\p{N}]+");
    }

    private static List<String> split(String text, String separators) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(lower.split(separators)).filter(word -> !word.isEmpty()).toList();
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<String>> channel : ChannelWords.all().entrySet()) {
            for (String phrase : channel.getValue()) {
                entries.add(new Entry(channel.getKey(), split(phrase, "[^\\p{L}\\p{N}*]+")));
            }
        }
        return List.copyOf(entries);
    }

    /** One phrase of a channel: its words, each a whole word or a stem ending in {@code *}. */
    private record Entry(String channelId, List<String> words) {

        /** Letters of the phrase when it occurs in {@code tokens} as consecutive words; 0 when it does not. */
        int score(List<String> tokens) {
            for (int start = 0; start + words.size() <= tokens.size(); start++) {
                if (matchesAt(tokens, start)) {
                    return words.stream().mapToInt(w -> w.replace("*", "").length()).sum() + words.size() - 1;
                }
            }
            return 0;
        }

        private boolean matchesAt(List<String> tokens, int start) {
            for (int i = 0; i < words.size(); i++) {
                if (!matches(words.get(i), tokens.get(start + i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean matches(String word, String token) {
            if (word.endsWith("*")) {
                return token.startsWith(word.substring(0, word.length() - 1));
            }
            return token.equals(word) || token.equals(word + "s") || token.equals(word + "es");
        }
    }
}
