package org.touchmap.io;

/**
 * How big a map file may be. The limits sit far above any real map (a 5,000-card map is about
 * 5 MB and five levels deep) and far below what would exhaust memory or stack, so that a
 * damaged or hostile file is refused with a message instead of freezing the editor.
 */
public final class ReadLimits {
    /** Largest file read at all, in bytes. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** Deepest nesting of objects and lists, counting the map itself as 1. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest text value, in characters. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 1_000;
    /** Most JSON tokens (values, keys, brackets) in one file. */
    public static final long MAX_TOKENS = 5_000_000;

    private ReadLimits() {
    }
}
