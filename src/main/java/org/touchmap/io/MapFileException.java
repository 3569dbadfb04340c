package org.touchmap.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A map file could not be opened or saved. {@link #getMessage()} is one English line for a
 * person: {@code FILE: what is wrong (where) — what to do}. The same reason is available as a
 * message key and arguments of the {@code org.touchmap.io.errors} bundle, and
 * {@link #message(Locale)} builds the line in another language.
 */
public final class MapFileException extends Exception {
    private final String file;
    private final ProblemKind reason;
    private final List<String> args;
    private final FileLocation where;

    MapFileException(String file, ProblemKind reason, List<String> args, FileLocation where, Throwable cause) {
        super(ErrorText.line(Locale.ROOT, file, reason, args, where), cause);
        this.file = Objects.requireNonNull(file);
        this.reason = Objects.requireNonNull(reason);
        this.args = List.copyOf(args);
        this.where = where;
    }

    /** A failure of {@code file}; public for the readers of other formats in subpackages, such as the workbook import. */
    public static MapFileException of(String file, ProblemKind reason, String... args) {
        return new MapFileException(file, reason, List.of(args), null, null);
    }

    /** As {@link #of(String, Reason, String...)}, keeping the exception that told what went wrong. */
    public static MapFileException of(String file, Throwable cause, ProblemKind reason, String... args) {
        return new MapFileException(file, reason, List.of(args), null, cause);
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** Bundle key of what is wrong, e.g. {@code format.versionNewer}. */
    public String key() {
        return reason.key();
    }

    /** Arguments of {@link #key()}'s message, all already text. */
    public Object[] args() {
        return args.toArray();
    }

    /** Bundle key of what the person can do; its message takes the file name as {@code {0}}. */
    public String hintKey() {
        return reason.hint().key();
    }

    /** Where in the file the problem is, when it is about the content. */
    public Optional<FileLocation> where() {
        return Optional.ofNullable(where);
    }

    /** The whole one-line message in {@code locale}; English for languages without a translation. */
    public String message(Locale locale) {
        return ErrorText.line(locale, file, reason, args, where);
    }
}
