package org.touchmap.io;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;

/** Builds the one-line messages of {@link MapFileException} from the {@code errors} bundle. */
public final class ErrorText {
    private static final String BUNDLE = "org.touchmap.io.errors";
    /** Values quoted in messages are cut here so that one bad value cannot flood the line. */
    private static final int MAX_QUOTED_LENGTH = 60;

    private ErrorText() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return Bundles.load(BUNDLE, locale);
    }

    public static String format(Locale locale, String key, String... args) {
        return Bundles.text(bundle(locale), locale, key, (Object[]) args);
    }

    /** {@code FILE: what is wrong (where) — what to do}. */
    public static String line(Locale locale, String file, ProblemKind reason, List<String> args, FileLocation where) {
        StringBuilder line = new StringBuilder(OneLine.of(file)).append(": ")
                .append(format(locale, reason.key(), args.toArray(String[]::new)));
        if (where != null) {
            line.append(" (").append(where.describe(locale)).append(')');
        }
        String hint = (hasBackup(file) ? reason.hint() : reason.hint().withoutBackup()).key();
        line.append(" — ").append(format(locale, hint, OneLine.of(file)));
        return line.toString();
    }

    /** Whether the file named in a message has a backup copy ({@code NAME.bak}) to recommend. */
    private static boolean hasBackup(String file) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file + ".bak"));
        } catch (java.nio.file.InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /** A value from the file, safe to put in a one-line message: control characters shown, length capped. */
    public static String quote(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_QUOTED_LENGTH) {
            return OneLine.of(value);
        }
        return OneLine.of(value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED_LENGTH))) + "…";
    }
}
