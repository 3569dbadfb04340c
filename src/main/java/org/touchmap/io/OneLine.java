package org.touchmap.io;

/**
 * Text from a file or an exception, made safe for one line of a message or of terminal
 * output: control characters and line separators are shown as {@code \}{@code uXXXX}, so a
 * hostile file name or title cannot break a message into several lines.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            // Nearly every text: a report of a large map asks for thousands of names.
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Control characters and line separators are all single UTF-16 units, never halves of a pair. */
    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
