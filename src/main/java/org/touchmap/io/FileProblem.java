package org.touchmap.io;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found deep inside reading, where the file's name is not at hand. {@link MapReader}
 * turns it into a {@link MapFileException} at its boundary; it never leaves this package.
 */
public final class FileProblem extends RuntimeException {
    private final Reason reason;
    private final List<String> args;
    private final Where where;

    private FileProblem(Reason reason, Where where, Throwable cause, String... args) {
        super(reason.key() + " " + Arrays.toString(args) + (where == null ? "" : " " + where), cause, false, false);
        this.reason = reason;
        this.args = List.of(args);
        this.where = where;
    }

    public static FileProblem of(Reason reason, String... args) {
        return new FileProblem(reason, null, null, args);
    }

    public static FileProblem at(Where where, Reason reason, String... args) {
        return new FileProblem(reason, where, null, args);
    }

    public static FileProblem at(JsonPath path, Reason reason, String... args) {
        return new FileProblem(reason, Where.path(path), null, args);
    }

    public static FileProblem at(Where where, Throwable cause, Reason reason, String... args) {
        return new FileProblem(reason, where, cause, args);
    }

    public MapFileException toException(String file) {
        return new MapFileException(file, reason, args, where, getCause());
    }
}
