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
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
