package org.touchmap.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The place in a file a problem was found: a line and column for broken JSON text, or a JSON
 * path such as {@code $.touchpoints[3].rating} for a value that is well-formed but wrong.
 */
public final class FileLocation {
    private final int line;
    private final int column;
    private final String jsonPath;

    private FileLocation(int line, int column, String jsonPath) {
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
    }

    public static FileLocation lineColumn(int line, int column) {
        return new FileLocation(line, column, null);
    }

    public static FileLocation path(JsonPath path) {
        return new FileLocation(0, 0, path.toString());
    }

    /** Line number from 1, or 0 when the place is a JSON path. */
    public int line() {
        return line;
    }

    /** Column number from 1, or 0 when the place is a JSON path. */
    public int column() {
        return column;
    }

    /** The JSON path, or {@code null} when the place is a line and column. */
    public String jsonPath() {
        return jsonPath;
    }

    /** "line 3, column 7" or "at $.stages[0].color", in the given language. */
    public String describe(Locale locale) {
        return jsonPath != null
                ? ErrorText.format(locale, "where.path", jsonPath)
                : ErrorText.format(locale, "where.lineColumn", Integer.toString(line), Integer.toString(column));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileLocation w && line == w.line && column == w.column && Objects.equals(jsonPath, w.jsonPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, jsonPath);
    }

    @Override
    public String toString() {
        return describe(Locale.ROOT);
    }
}
