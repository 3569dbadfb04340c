package org.touchmap.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** A map of more cards or links than a picture may hold is refused by every picture format, before anything is laid out or written. */
class TooLargeForAPictureTest {
    @TempDir
    Path folder;

    @Test
    void everyPictureFormatRefusesOneCardMoreThanAllowedAndWritesNothing() {
        JourneyMap map = mapOf(Picture.MAX_CARDS + 1);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        Path svg = folder.resolve("map.svg");
        Path png = folder.resolve("map.png");
        Path pdf = folder.resolve("map.pdf");

        for (Executable export : new Executable[] {() -> SvgExport.write(map, options, svg),
                () -> PngExport.write(map, options, png), () -> PdfExport.write(map, options, pdf),
                () -> PdfExport.writePoster(map, options, PaperSize.A4, pdf)}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, export::run);
            assertEquals("This map has 20,001 cards, more than one picture may hold (20,000). "
                    + "Export it to Excel, or split it into smaller maps.", refused.getMessage());
        }
        assertFalse(Files.exists(svg) || Files.exists(png) || Files.exists(pdf));
    }

    @Test
    void oneLinkMoreThanAPictureDrawsAsArrowsIsRefused() {
        JourneyMap map = mapOf(2);
        Chain chain = new Chain("many", "Many", "#0072b2");
        for (int i = 0; i <= Picture.MAX_ARROWS; i++) {
            chain.addLink(new ChainLink("t0", "t1"));
        }
        map.addChain(chain);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SvgExport.svg(map, PictureOptions.defaults(Locale.ENGLISH)));

        assertEquals("The chains of this map have 50,001 links, more than one picture may draw as arrows (50,000). "
                + "Export it to Excel, or split it into smaller maps.", refused.getMessage());
    }

    @Test
    void theMessageSpeaksThePicturesLanguage() {
        JourneyMap map = mapOf(Picture.MAX_CARDS + 1);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SvgExport.svg(map, PictureOptions.defaults(Locale.forLanguageTag("ru"))));

        assertTrue(refused.getMessage().startsWith("Карточек в этой карте: 20\u00a0001 — "), refused.getMessage());
    }

    private interface Executable {
        void run() throws Exception;
    }

    private static JourneyMap mapOf(int cards) {
        JourneyMap map = new JourneyMap("Many cards");
        map.addStage(new Stage("s", "Stage"));
        map.addLane(new Lane("l", "Lane"));
        for (int i = 0; i < cards; i++) {
            map.addTouchpoint(new Touchpoint("t" + i, "Card " + i, "s", "l"));
        }
        return map;
    }
}
