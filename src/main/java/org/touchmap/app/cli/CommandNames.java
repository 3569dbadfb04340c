package org.touchmap.app.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** The command a mistyped word most likely meant: one within two typing mistakes of it. */
final class CommandNames {
    private static final int MOST_MISTAKES = 2;

    private CommandNames() {
    }

    /** {@code "; did you mean validate?"}, or nothing when no command is that close. */
    static String suggestion(String word, Collection<String> commands) {
        String typed = word.toLowerCase(Locale.ROOT);
        return commands.stream()
                .filter(command -> distance(typed, command) <= MOST_MISTAKES)
                .min(Comparator.comparingInt((String command) -> distance(typed, command)).thenComparing(c -> c))
                .map(command -> "; did you mean " + command + "?")
                .orElse("");
    }

    /** Levenshtein distance: letters inserted, removed or replaced. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
