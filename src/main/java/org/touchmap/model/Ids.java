package org.touchmap.model;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of map elements: short, stable strings that are safe in files, URLs and Excel cells. */
public final class Ids {
    /** Letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("Invalid id: " + id);
        }
        return id;
    }

    /** A new id with a readable prefix, e.g. {@code tp-3f9a2c1b}, unique among {@code taken}. */
    public static String next(String prefix, Set<String> taken) {
        while (true) {
            String candidate = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
