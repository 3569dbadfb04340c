package org.touchmap.io;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found deep inside reading, where the file's name is not at hand. {@link MapReader}
 * turns it into a {@link MapFileException} at its boundary; it never leaves this package.
 */
public final class FileProblem extends RuntimeException {
    private final ProblemKind reason;
    private final List<String> args;
    private final FileLocation where;

    private FileProblem(ProblemKind reason, FileLocation where, Throwable cause, String... args) {
        super(reason.key() + " " + Arrays.toString(args) + (where == null ? "" : " " + where), cause, false, false);
        this.reason = reason;
        this.args = List.of(args);
        this.where = where;
    }

    public static FileProblem of(ProblemKind reason, String... args) {
        return new FileProblem(reason, null, null, args);
    }

    public static FileProblem at(FileLocation where, ProblemKind reason, String... args) {
        return new FileProblem(reason, where, null, args);
    }

    public static FileProblem at(JsonPath path, ProblemKind reason, String... args) {
        return new FileProblem(reason, FileLocation.path(path), null, args);
    }

    public static FileProblem at(FileLocation where, Throwable cause, ProblemKind reason, String... args) {
        return new FileProblem(reason, where, cause, args);
    }

    public MapFileException toException(String file) {
        return new MapFileException(file, reason, args, where, getCause());
    }
}
