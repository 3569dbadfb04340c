package org.touchmap.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;
import org.touchmap.render.workbook.WorkbookExport;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The exports that write to a stream, which the editor runs once in the background so that a
 * person's first export does not wait for the libraries: they write whole files, and the workbook
 * written into nothing leaves nothing behind.
 */
class ExportsToStreamsTest {
    private final JourneyMap map = MapGenerator.generate(GeneratorSettings.of(12, 4, 2, 2));
    private final PictureOptions options = PictureOptions.defaults(Locale.ROOT);

    @Test
    void aPngWrittenToAStreamIsAWholePng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExport.write(map, options, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertEquals("IEND", new String(bytes, bytes.length - 8, 4, StandardCharsets.US_ASCII), "the file is complete");
    }

    @Test
    void aPdfWrittenToAStreamIsAWholePdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(map, options, out);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"));
        assertTrue(text.stripTrailing().endsWith("%%EOF"), "the file is complete");
    }

    @Test
    void aWorkbookWrittenIntoNothingLeavesNothingInTheTemporaryFolder() throws Exception {
        long before = warmUpFolders();
        WorkbookExport.writeToNowhere(map, Locale.ROOT);
        assertEquals(before, warmUpFolders());
    }

    private static long warmUpFolders() throws Exception {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("touchmap-warm-up")).count();
        }
    }
}
