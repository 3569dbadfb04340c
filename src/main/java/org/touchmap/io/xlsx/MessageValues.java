package org.touchmap.io.xlsx;

/**
 * Values from a sheet as they appear in messages: on one line and cut short, so a cell full of
 * text or of control characters cannot flood or break a dialog or the command line.
 */
final class MessageValues {
    static final int MAX_LENGTH = 60;

    private MessageValues() {
    }

    static String quote(String value) {
        StringBuilder line = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (++count > MAX_LENGTH) {
                return line.append('…').toString();
            }
            if (c == '\n' || c == '\r') {
                line.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        }
        return line.toString();
    }
}
