package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The folder a file benchmark writes its maps into, under target/benchmarks, and its removal after the trial. */
final class ScratchFolder {
    private ScratchFolder() {
    }

    /** Deletes {@code folder} and everything in it, deepest first. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
