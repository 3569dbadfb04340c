package org.touchmap.io.xlsx;

/**
 * Text as a spreadsheet cell can hold it, and the rule for text that a spreadsheet would take for
 * a formula. Export and import share these, so a text cut to fit a cell reads back as unchanged.
 */
public final class CellText {
    /** The most characters Excel keeps in one cell. */
    public static final int MAX_LENGTH = 32_767;
    private static final String CUT_MARK = "…";

    private CellText() {
    }

    /** The text as it goes into a cell: whole, or cut to {@link #MAX_LENGTH} with an ellipsis at the end. */
    public static String fit(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }

    /**
     * Whether a spreadsheet would read the text as a formula if a person typed it, or edited the
     * cell and pressed Enter: it starts with {@code = + - @}, a tab or a carriage return. Such
     * cells get a quote-prefixed style, so they show and stay text.
     */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
