package org.touchmap.ui;

import org.touchmap.io.MapFiles;

import java.nio.file.Path;
import java.util.Locale;

/** File names the save dialog suggests and accepts. */
final class FileNames {
    private static final int MAX_SUGGESTED_LENGTH = 60;

    private FileNames() {
    }

    /** A file name made from the map's title, safe on every operating system. */
    static String suggest(String title) {
        String base = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").trim().replaceAll("\\s+", " ");
        if (base.length() > MAX_SUGGESTED_LENGTH) {
            base = base.substring(0, MAX_SUGGESTED_LENGTH).trim();
        }
        if (base.isEmpty()) {
            base = "map";
        }
        return base + "." + MapFiles.EXTENSION;
    }

    /** {@code file} with the map extension added when the person typed a name without it. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + MapFiles.EXTENSION)) {
            return file;
        }
        return file.resolveSibling(name + "." + MapFiles.EXTENSION);
    }
}
