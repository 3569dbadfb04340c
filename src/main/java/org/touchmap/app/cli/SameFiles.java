package org.touchmap.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tells whether two paths given on the command line name the same file, so one cannot overwrite the other. */
final class SameFiles {
    private SameFiles() {
    }

    static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The first path among {@code paths} that names the same file as an earlier one, if any. */
    static Path firstRepeated(List<Path> paths) {
        List<Path> seen = new ArrayList<>();
        for (Path path : paths) {
            for (Path earlier : seen) {
                if (same(earlier, path)) {
                    return path;
                }
            }
            seen.add(path);
        }
        return null;
    }
}
