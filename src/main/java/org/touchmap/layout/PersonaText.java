package org.touchmap.layout;

import java.util.Locale;

/** How a persona's free text reads in the map header: an avatar's initials and one-line fields. */
public final class PersonaText {
    /** Shown in the avatar when the name has no word to take an initial from. */
    public static final String NO_INITIALS = "?";
    private static final int MAX_INITIALS = 2;

    private PersonaText() {
    }

    /**
     * The first letters of the name's first two words that start with a letter, upper-cased:
     * "Ivan Petrov" gives "IP", "Anna, 34" gives "A" (an age is no initial).
     */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s,;/]+")) {
            if (initials.codePointCount(0, initials.length()) == MAX_INITIALS) {
                break;
            }
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.isEmpty() ? NO_INITIALS : initials.toString().toUpperCase(Locale.ROOT);
    }

    /** The text with line breaks and runs of spaces as single spaces, since the header has one line per part. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
