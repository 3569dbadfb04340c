package org.touchmap.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** A legal map whose card lies very far away is refused at once by every picture format, with the card named. */
class FarCardExportTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm");

    @TempDir
    Path folder;

    private static JourneyMap withCardAt(double x) throws Exception {
        JourneyMap map = MapFiles.load(SAMPLE);
        Touchpoint far = map.touchpoints().get(0);
        far.setX(x);
        return map;
    }

    @Test
    void aPosterOfAFarCardIsRefusedBeforeAnyPageIsPlanned() throws Exception {
        JourneyMap map = withCardAt(1e10);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        Path out = folder.resolve("poster.pdf");

        IllegalArgumentException refused = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
                assertThrows(IllegalArgumentException.class, () -> PdfExport.writePoster(map, options, PaperSize.A4, out)));

        assertTrue(refused.getMessage().contains(map.touchpoints().get(0).name()), refused.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPosterTooLargeForTheLimitIsCountedNotPlanned() throws Exception {
        JourneyMap map = withCardAt(2e6);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);

        int pages = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> PdfExport.posterPageCount(map, options, PaperSize.A4));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PdfExport.writePoster(map, options, PaperSize.A4, folder.resolve("p.pdf")));

        assertTrue(pages > PdfExport.MAX_POSTER_PAGES, "pages: " + pages);
        assertTrue(refused.getMessage().startsWith("At this scale the poster would have at least"), refused.getMessage());
    }

    @Test
    void noFormatWritesAPictureBeyondTheRangeOfNumbers() throws Exception {
        JourneyMap map = withCardAt(1e308);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);

        for (Executable export : new Executable[]{
                () -> SvgExport.write(map, options, folder.resolve("m.svg")),
                () -> PngExport.write(map, options, folder.resolve("m.png")),
                () -> PdfExport.write(map, options, folder.resolve("m.pdf"))}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, export::run);
            assertTrue(refused.getMessage().length() < 300, refused.getMessage());
            assertTrue(refused.getMessage().contains("farther than any picture can be drawn"), refused.getMessage());
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @FunctionalInterface
    private interface Executable {
        void run() throws Exception;
    }
}
