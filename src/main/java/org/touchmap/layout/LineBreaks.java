package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into every line it needs at a width: at spaces where it can, inside a word only
 * where the word alone is wider than a line. Nothing is left out, so the text reads whole.
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    /** The lines of the text, none wider than {@code maxWidth} as {@code width} measures; none for a blank text. */
    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth && rest.length() > 1) {
                int fits = longestFittingPrefix(rest, maxWidth, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of the word fit; at least one, so every pass makes progress. */
    private static int longestFittingPrefix(String word, double maxWidth, ToDoubleFunction<String> width) {
        int low = 1;
        int high = word.length() - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width.applyAsDouble(word.substring(0, middle)) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
