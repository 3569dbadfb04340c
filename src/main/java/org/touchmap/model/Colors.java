package org.touchmap.model;

import java.util.regex.Pattern;

/** Colours in the model are {@code #rrggbb} strings, lower case. */
public final class Colors {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colors() {
    }

    public static boolean isValid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    static String requireValidOrNull(String color) {
        if (color == null) {
            return null;
        }
        if (!isValid(color)) {
            throw new IllegalArgumentException("Colour must look like #1a2b3c: " + color);
        }
        return color.toLowerCase(java.util.Locale.ROOT);
    }

    static String requireValid(String color) {
        if (color == null) {
            throw new IllegalArgumentException("Colour is required");
        }
        return requireValidOrNull(color);
    }
}
