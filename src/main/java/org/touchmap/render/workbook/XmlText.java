package org.touchmap.render.workbook;

import java.io.IOException;
import java.io.Writer;

/** Text as the content of an XML element of the workbook. */
final class XmlText {
    private XmlText() {
    }

    /** Whether spreadsheets must be told to keep the spaces at the ends (they trim them otherwise). */
    static boolean hasOuterWhitespace(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * Writes the text escaped for element content. A carriage return is written as a reference
     * because parsers turn a literal one into a line feed; a character XML 1.0 cannot hold at all
     * (a control character, half a surrogate pair) becomes a question mark, as in POI's sheets.
     * Text that looks like the workbook's own escape of a character ({@code _x0041_}) has its
     * underscore escaped, since Excel and POI would read it as that character.
     */
    static void writeEscaped(String text, Writer out) throws IOException {
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement == null) {
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
                continue;
            }
            out.write(text, plainFrom, i - plainFrom);
            out.write(replacement);
            plainFrom = i + 1;
        }
        out.write(text, plainFrom, length - plainFrom);
    }

    /** What to write instead of the character at {@code i}, or null to write it as it is. */
    private static String replacement(String text, int i, char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '\r':
                return "&#xd;";
            case '\t':
            case '\n':
                return null;
            case '_':
                return looksLikeEscape(text, i) ? "_x005F_" : null;
            default:
                break;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return "?";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : "?";
        }
        return Character.isLowSurrogate(c) ? "?" : null;
    }

    /** Whether {@code _xHHHH_} starts at {@code i}: four hexadecimal digits between "_x" and "_". */
    private static boolean looksLikeEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
