package org.touchmap.render;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.touchmap.layout.LineBreaks;

/**
 * Breaks text into lines that fit a width, as the canvas's wrapping text does: at spaces where it
 * can, inside a word where a word alone is too wide. Text that needs more lines than there is room
 * for ends in an ellipsis.
 */
final class TextLines {
    static final String ELLIPSIS = "…";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    /** A font's line metrics, asked for on every line drawn; they depend on the font alone. */
    private record Metrics(double ascent, double lineHeight) {
    }

    private static final Map<Font, Metrics> METRICS = new ConcurrentHashMap<>();

    private TextLines() {
    }

    /** Height of one line of text in the font. */
    static double lineHeight(Font font) {
        return metrics(font).lineHeight();
    }

    static double ascent(Font font) {
        return metrics(font).ascent();
    }

    private static Metrics metrics(Font font) {
        return METRICS.computeIfAbsent(font, key -> {
            LineMetrics line = key.getLineMetrics("Mg", RenderFonts.MEASURING);
            return new Metrics(line.getAscent(), line.getAscent() + line.getDescent() + line.getLeading());
        });
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, RenderFonts.MEASURING).getWidth();
    }

    /** The text on one line, cut with an ellipsis if it is wider than {@code maxWidth}. */
    static String singleLine(String text, Font font, double maxWidth) {
        String flat = collapseWhitespace(text);
        if (width(flat, font) <= maxWidth) {
            return flat;
        }
        return withEllipsis(flat, font, maxWidth);
    }

    /**
     * The text in lines no wider than {@code maxWidth}, as many as fit into {@code maxHeight}
     * (at least one); the last line ends in an ellipsis when text was left out.
     */
    static List<String> wrap(String text, Font font, double maxWidth, double maxHeight) {
        int maxLines = linesThatFit(font, maxHeight);
        List<String> lines = wrapAll(text, font, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1) + " " + lines.get(maxLines);
        kept.set(maxLines - 1, withEllipsis(last, font, maxWidth));
        return kept;
    }

    /** How many lines of the font fit into {@code maxHeight}; at least one. */
    static int linesThatFit(Font font, double maxHeight) {
        return Math.max(1, (int) Math.floor((maxHeight + 0.5) / lineHeight(font)));
    }

    /** Every line the text needs at this width. */
    static List<String> wrapAll(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (!hasLineBreak(text)) {
            wrapParagraph(collapseWhitespace(text), font, maxWidth, lines);
            return lines;
        }
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            wrapParagraph(collapseWhitespace(paragraph), font, maxWidth, lines);
        }
        return lines;
    }

    /**
     * The text with each run of white space made one space and none at the ends. Most texts need
     * no change, and finding that out is much cheaper than the regular expression.
     */
    private static String collapseWhitespace(String text) {
        return isCollapsed(text) ? text : WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isCollapsed(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubleSpace = c == ' ' && text.charAt(i - 1) == ' ';
            if (doubleSpace || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds anything {@code \R} matches. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static void wrapParagraph(String paragraph, Font font, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(LineBreaks.breakWord(word, maxWidth, part -> width(part, font), lines));
        }
        lines.add(line.toString());
    }

    /** The longest beginning of {@code text} plus an ellipsis that fits, never less than the ellipsis. */
    private static String withEllipsis(String text, Font font, double maxWidth) {
        int shortest = 0;
        int longest = text.length();
        while (shortest < longest) {
            int middle = (shortest + longest + 1) / 2;
            if (width(text.substring(0, whole(text, middle)).stripTrailing() + ELLIPSIS, font) <= maxWidth) {
                shortest = middle;
            } else {
                longest = middle - 1;
            }
        }
        return text.substring(0, whole(text, shortest)).stripTrailing() + ELLIPSIS;
    }

    /** {@code length}, or one less where it would split a character outside the basic plane in two. */
    private static int whole(String text, int length) {
        return length > 0 && length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))
                ? length - 1 : length;
    }
}
