package org.touchmap.ui.document;

import org.touchmap.io.MapFiles;

import java.nio.file.Path;
import java.util.Locale;

/** File names the save dialog suggests and accepts. */
public final class FileNames {
    private static final int MAX_SUGGESTED_LENGTH = 60;

    private FileNames() {
    }

    /** A map file name made from the map's title, safe on every operating system. */
    static String suggest(String title) {
        return suggest(title, MapFiles.EXTENSION);
    }

    /** A file name made from the map's title with the given extension (without the dot). */
    public static String suggest(String title, String extension) {
        String base = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").trim().replaceAll("\\s+", " ");
        if (base.length() > MAX_SUGGESTED_LENGTH) {
            base = base.substring(0, MAX_SUGGESTED_LENGTH).trim();
        }
        if (base.isEmpty()) {
            base = "map";
        }
        return base + "." + extension;
    }

    /** {@code file} with the map extension added when the person typed a name without it. */
    static Path withExtension(Path file) {
        return withExtension(file, MapFiles.EXTENSION);
    }

    /** {@code file} with {@code extension} (without the dot) added when the person typed a name without it. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return file;
        }
        return file.resolveSibling(name + "." + extension);
    }
}
