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
            line.append(breakWord(word, maxWidth, width, lines));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Breaks a word wider than a line: adds to {@code lines} every full line of it and returns what
     * is left for the next line. Each line is found by measuring only as much of the word as can
     * reach it, so even a word of a million letters takes time in proportion to its length.
     */
    public static String breakWord(String word, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        int start = 0;
        while (word.length() - start > 1) {
            int end = lineEnd(word, start, maxWidth, width);
            if (end >= word.length()) {
                break;
            }
            lines.add(word.substring(start, end));
            start = end;
        }
        return word.substring(start);
    }

    /**
     * Where the line that starts at {@code start} ends: the most characters that fit, at least one
     * whole character so every line makes progress, never a character outside the basic plane cut in
     * two. Doubles the length tried until it does not fit, then halves the gap.
     */
    private static int lineEnd(String word, int start, double maxWidth, ToDoubleFunction<String> width) {
        int remaining = word.length() - start;
        int fitting = 0;
        int tried = 1;
        while (tried < remaining && width.applyAsDouble(word.substring(start, start + tried)) <= maxWidth) {
            fitting = tried;
            tried = Math.min(remaining, tried * 2);
        }
        int tooLong = tried;
        if (tried == remaining && width.applyAsDouble(word.substring(start)) <= maxWidth) {
            return word.length();
        }
        while (tooLong - fitting > 1) {
            int middle = (fitting + tooLong) / 2;
            if (width.applyAsDouble(word.substring(start, start + middle)) <= maxWidth) {
                fitting = middle;
            } else {
                tooLong = middle;
            }
        }
        int end = start + Math.max(1, fitting);
        if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
            end = end - 1 > start ? end - 1 : end + 1;
        }
        return end;
    }
}
