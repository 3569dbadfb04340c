package org.touchmap.render;

import java.awt.image.BufferedImage;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class PrintPagesTest {
    private static final PictureOptions OPTIONS = PictureOptions.defaults(Locale.ENGLISH);
    private static final PrintPages.Page A4 = new PrintPages.Page(PaperSize.A4.width(), PaperSize.A4.height());

    @Test
    void aPrintedPosterHasThePagesOfThePdfPoster() {
        JourneyMap clinic = SampleMaps.english();

        PrintPages poster = PrintPages.of(clinic, OPTIONS, PrintPages.Fit.POSTER, A4);

        assertEquals(PdfExport.posterPageCount(clinic, OPTIONS, PaperSize.A4), poster.count());
        assertTrue(poster.count() > 1, "the clinic is larger than a sheet at full size");
    }

    @Test
    void onePageShrinksALargeMapAndTurnsThePageToShowItLarger() {
        JourneyMap clinic = SampleMaps.english();

        PrintPages onePage = PrintPages.of(clinic, OPTIONS, PrintPages.Fit.ONE_PAGE, A4);

        assertEquals(1, onePage.count());
        assertTrue(onePage.shrink() < 1, "shrunk: " + onePage.shrink());
        assertTrue(onePage.landscape(), "the clinic is wider than high, so the sheet is turned");
        assertEquals(A4.height(), onePage.page().width(), 1e-9);
    }

    @Test
    void aSmallMapIsPrintedAtFullSize() {
        JourneyMap small = new JourneyMap("Small");
        small.addStage(new Stage("s", "Only stage"));
        small.addLane(new Lane("l", "Only lane"));
        small.addTouchpoint(new Touchpoint("t", "Only card", "s", "l"));

        PrintPages onePage = PrintPages.of(small, OPTIONS, PrintPages.Fit.ONE_PAGE, A4);
        PrintPages poster = PrintPages.of(small, OPTIONS, PrintPages.Fit.POSTER, A4);

        assertEquals(1.0, onePage.shrink());
        assertEquals(1, poster.count());
    }

    @Test
    void everyPosterPageShowsPartOfTheMapOnWhitePaper() {
        PrintPages poster = PrintPages.of(SampleMaps.english(), OPTIONS, PrintPages.Fit.POSTER, A4);

        for (int i = 0; i < poster.count(); i++) {
            BufferedImage page = poster.image(i, 0.5);
            assertEquals((int) Math.ceil(poster.page().width() * 0.5), page.getWidth());
            assertEquals(0xFFFFFF, page.getRGB(1, 1) & 0xFFFFFF, "the margin of page " + (i + 1) + " is white");
            assertTrue(inkShare(page) > 0.01, "page " + (i + 1) + " carries part of the map");
        }
        assertThrows(IndexOutOfBoundsException.class, () -> poster.image(poster.count(), 1));
    }

    @Test
    void aPageWithoutPrintableAreaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrintPages.Page(0, 800));
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }
}
