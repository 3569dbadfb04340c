package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.*;

class FontFileTest {
    @TempDir
    Path folder;

    private static byte[] regularFace() throws IOException {
        try (InputStream in = FontFileTest.class.getResourceAsStream("/org/touchmap/render/fonts/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFontIsUnpackedOnceAndOpenedFromThereAfterwards() throws IOException {
        byte[] bytes = regularFace();
        Path file = FontFile.unpacked(folder, "Face.ttf", bytes);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, written);

        Path again = FontFile.unpacked(folder, "Face.ttf", bytes);

        assertEquals(file, again);
        assertEquals(written, Files.getLastModifiedTime(again), "not written a second time");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aDamagedCopyIsReplaced() throws IOException {
        byte[] bytes = regularFace();
        Files.write(folder.resolve("Face.ttf"), new byte[bytes.length]);

        Path file = FontFile.unpacked(folder, "Face.ttf", bytes);

        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aFolderThatCannotBeWrittenFallsBackToTheTemporaryFolder() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("fonts"), "a file where the folder should be");
        String before = System.getProperty(FontFile.FOLDER_PROPERTY);
        System.setProperty(FontFile.FOLDER_PROPERTY, notAFolder.toString());
        try {
            Font font = FontFile.open("Face.ttf",
                    () -> FontFileTest.class.getResourceAsStream("/org/touchmap/render/fonts/DejaVuSans.ttf"));

            assertEquals("DejaVu Sans", font.getFamily());
        } finally {
            if (before == null) {
                System.clearProperty(FontFile.FOLDER_PROPERTY);
            } else {
                System.setProperty(FontFile.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void aFontThatCannotBeReadIsOneSentence() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> FontFile.open("Face.ttf", () -> {
                    throw new IOException("gone");
                }));

        assertEquals("the font Face.ttf cannot be read from the application", refused.getMessage());
    }

    @Test
    void fontsAreUnpackedIntoEachSystemsCacheFolder() {
        java.util.Map<String, String> none = java.util.Map.of();
        assertEquals(Path.of("/home/ann/.cache/touchmap/fonts"), FontFile.cacheFolder("Linux", none::get, "/home/ann"));
        assertEquals(Path.of("/xdg/touchmap/fonts"),
                FontFile.cacheFolder("Linux", java.util.Map.of("XDG_CACHE_HOME", "/xdg")::get, "/home/ann"));
        assertEquals(Path.of("/home/ann/.cache/touchmap/fonts"),
                FontFile.cacheFolder("Linux", java.util.Map.of("XDG_CACHE_HOME", "relative")::get, "/home/ann"));
        assertEquals(Path.of("/Users/ann/Library/Caches/Touchmap/fonts"), FontFile.cacheFolder("Mac OS X", none::get, "/Users/ann"));
        assertEquals(Path.of("C:/Local/Touchmap/fonts"),
                FontFile.cacheFolder("Windows 11", java.util.Map.of("LOCALAPPDATA", "C:/Local")::get, "C:/Users/ann"));
    }
}
