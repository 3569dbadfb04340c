package org.touchmap.io.xlsx;

import java.util.Locale;

/**
 * A word or header as the import compares it: letters and digits only, lower case, with the
 * Russian "ё" read as "е". So "Key point", "key-point", "KEY_POINT" and "keyPoint" are all the same.
 */
final class Normalized {
    private Normalized() {
    }

    static String of(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .map(c -> c == 'ё' ? 'е' : c)
                .forEach(normal::appendCodePoint);
        return normal.toString();
    }
}
