package org.touchmap.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

class ExportFileTest {
    @TempDir
    Path folder;

    @Test
    void aFailedExportLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("map.png");
        Files.writeString(file, "previous export");
        IOException failure = assertThrows(IOException.class, () -> ExportFile.write(file, out -> {
            out.write("half a pic".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("previous export", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFinishedExportReplacesTheFile() throws Exception {
        Path file = folder.resolve("map.svg");
        Files.writeString(file, "old");
        ExportFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
    }

    @Test
    void aMissingFolderIsReportedForTheChosenFile() {
        Path file = folder.resolve("no-such-folder").resolve("map.png");
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> PngExport.write(SampleMaps.english(), PictureOptions.defaults(Locale.ENGLISH), file));
        assertEquals(file.toAbsolutePath().toString(), missing.getFile());
    }

    @Test
    void anExportRefusedBeforeDrawingTouchesNoFile() throws Exception {
        Path file = folder.resolve("map.pdf");
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH).withEmotionChain("missing");
        assertThrows(IllegalArgumentException.class, () -> PdfExport.write(SampleMaps.english(), options, file));
        assertFalse(Files.exists(file));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }
}
