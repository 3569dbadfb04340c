package org.touchmap.render;

import java.awt.Font;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TextLinesTest {
    private static final Font CARD = RenderFonts.regular(RenderFonts.CARD_NAME_SIZE);
    /** The name box of a card: two lines of 12 px DejaVu fit, three do not. */
    private static final double WIDTH = 140;
    private static final double HEIGHT = 38;

    @Test
    void shortTextStaysOnOneLine() {
        assertEquals(List.of("Booking by phone"), TextLines.wrap("Booking by phone", CARD, WIDTH, HEIGHT));
    }

    @Test
    void textWrapsAtSpacesIntoLinesThatFit() {
        List<String> lines = TextLines.wrap("Consultation with the allergist", CARD, WIDTH, HEIGHT);
        assertEquals(2, lines.size());
        assertEquals("Consultation with the allergist", String.join(" ", lines));
        lines.forEach(line -> assertTrue(TextLines.width(line, CARD) <= WIDTH, line));
    }

    @Test
    void textLongerThanTheBoxEndsInAnEllipsisOnTheLastLine() {
        List<String> lines = TextLines.wrap("Напоминание о контрольном осмотре через полгода после визита",
                CARD, WIDTH, HEIGHT);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(TextLines.ELLIPSIS), lines.toString());
        assertTrue(TextLines.width(lines.get(1), CARD) <= WIDTH);
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenInside() {
        List<String> lines = TextLines.wrapAll("Донауфдампфschifffahrtsgesellschaftskapitän", CARD, 100);
        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(TextLines.width(line, CARD) <= 100, line));
        assertEquals("Донауфдампфschifffahrtsgesellschaftskapitän", String.join("", lines));
    }

    @Test
    void singleLineIsCutWithAnEllipsis() {
        String cut = TextLines.singleLine("Medical clinic: a new patient's first visit", CARD, 80);
        assertTrue(cut.endsWith(TextLines.ELLIPSIS));
        assertTrue(TextLines.width(cut, CARD) <= 80);
        assertEquals("Short", TextLines.singleLine("Short", CARD, 80));
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertEquals(List.of("first", "second"), TextLines.wrapAll("first\nsecond", CARD, 300));
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsAreDropped() {
        assertEquals(List.of("Booking by phone"), TextLines.wrapAll("  Booking \t by   phone ", CARD, 300));
        assertEquals("Booking by phone", TextLines.singleLine("Booking\u000Bby\fphone\u2003", CARD, 300));
    }

    @Test
    void everyKindOfLineBreakStartsANewLine() {
        assertEquals(List.of("a", "b", "c", "d", ""), TextLines.wrapAll("a\r\nb\u2028c\u0085d\n", CARD, 300));
    }
}
