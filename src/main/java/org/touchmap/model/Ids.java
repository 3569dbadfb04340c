package org.touchmap.model;

import java.util.Set;
import java.util.UUID;

/** Ids of map elements: short, stable strings that are safe in files, URLs and Excel cells. */
public final class Ids {
    private static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * Letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters.
     * Checked by hand rather than with a pattern: a large file checks tens of thousands of ids.
     */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
