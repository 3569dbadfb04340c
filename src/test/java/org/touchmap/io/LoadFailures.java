package org.touchmap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Asserts how a load fails: one exception, a one-line message naming the file, and nothing written. */
public final class LoadFailures {
    private LoadFailures() {
    }

    public static MapFileException assertLoadFails(Path file, String expectedKey) throws IOException {
        Path folder = file.getParent();
        List<Path> before = list(folder);
        byte[] content = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;

        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(file));

        assertEquals(expectedKey, e.key(), e.getMessage());
        assertMessageShape(e, file.toString());
        assertEquals(before, list(folder), "loading must not create or remove files");
        if (content != null) {
            assertArrayEquals(content, Files.readAllBytes(file), "loading must not change the file");
        }
        return e;
    }

    public static void assertMessageShape(MapFileException e, String fileName) {
        String message = e.getMessage();
        assertTrue(message.startsWith(fileName + ": "), message);
        assertTrue(message.contains(" — "), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("Jackson") || message.contains("com.fasterxml"), message);
        assertEquals(fileName, e.file());
    }

    private static List<Path> list(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
