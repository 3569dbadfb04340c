package org.touchmap.render;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.touchmap.layout.Rect;

import static org.junit.jupiter.api.Assertions.*;

class PosterTilingTest {
    private static final double PAGE = 500;
    private static final double OVERLAP = 28;

    @Test
    void aPictureShorterThanAPageIsOneSpan() {
        assertEquals(List.of(new PosterTiling.Span(0, 300)), PosterTiling.spans(300, PAGE, OVERLAP, List.of()));
    }

    @Test
    void spansCoverThePictureFitOnAPageAndOverlapTheirNeighbours() {
        List<PosterTiling.Span> spans = PosterTiling.spans(2000, PAGE, OVERLAP, List.of());
        assertEquals(0, spans.get(0).start());
        assertEquals(2000, spans.get(spans.size() - 1).end());
        for (int i = 0; i < spans.size(); i++) {
            assertTrue(spans.get(i).length() <= PAGE + 1e-9);
            if (i > 0) {
                assertTrue(spans.get(i - 1).end() - spans.get(i).start() >= OVERLAP - 1e-9, "overlap " + i);
            }
        }
    }

    @Test
    void aCutThatWouldSplitACardMovesBackToJustBeforeIt() {
        PosterTiling.Span card = new PosterTiling.Span(450, 600);
        List<PosterTiling.Span> spans = PosterTiling.spans(1000, PAGE, OVERLAP, List.of(card));
        assertEquals(450 - PosterTiling.CARD_CLEARANCE, spans.get(0).end());
        assertNoEdgeCuts(spans, List.of(card));
    }

    @Test
    void theNextPageStartsBeforeACardTheOverlapWouldSplit() {
        // The first page ends at 500; 500 - 28 = 472 falls inside the card at 460..490.
        PosterTiling.Span card = new PosterTiling.Span(460, 490);
        List<PosterTiling.Span> spans = PosterTiling.spans(1000, PAGE, OVERLAP, List.of(card));
        assertEquals(PAGE, spans.get(0).end());
        assertEquals(460 - PosterTiling.CARD_CLEARANCE, spans.get(1).start());
        assertNoEdgeCuts(spans, List.of(card));
    }

    @Test
    void rowsOfCardsCloseTogetherAreNeverCut() {
        List<PosterTiling.Span> cards = new ArrayList<>();
        for (double x = 40; x + 168 < 5000; x += 184) {
            cards.add(new PosterTiling.Span(x, x + 168));
        }
        List<PosterTiling.Span> spans = PosterTiling.spans(5000, PAGE, OVERLAP, cards);
        assertNoEdgeCuts(spans, cards);
        assertEquals(5000, spans.get(spans.size() - 1).end());
    }

    @Test
    void cardsCloserThanTheOverlapShortenTheOverlapRatherThanBeCut() {
        // Two wide cards 24 apart: a full overlap would start the next page inside the first card,
        // and a page from there could not hold both cards.
        List<PosterTiling.Span> cards = List.of(new PosterTiling.Span(150, 480), new PosterTiling.Span(504, 834));
        List<PosterTiling.Span> spans = PosterTiling.spans(1000, PAGE, OVERLAP, cards);
        assertNoEdgeCuts(spans, cards);
        assertTrue(spans.get(0).end() - spans.get(1).start() > 0, "the pages still overlap");
    }

    @Test
    void aCardLongerThanAPageAtTheStartOfAPageStillEnds() {
        List<PosterTiling.Span> spans = PosterTiling.spans(3000, PAGE, OVERLAP,
                List.of(new PosterTiling.Span(10, 2000)));
        assertEquals(3000, spans.get(spans.size() - 1).end());
    }

    @Test
    void onlyACardLongerThanAPageIsCutAndTheTilingStillEnds() {
        PosterTiling.Span huge = new PosterTiling.Span(100, 900);
        List<PosterTiling.Span> spans = PosterTiling.spans(1200, PAGE, OVERLAP, List.of(huge));
        assertEquals(1200, spans.get(spans.size() - 1).end());
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i).end() > spans.get(i - 1).end(), "every page moves on");
        }
    }

    @Test
    void theOrientationNeedingFewerPagesWins() {
        // Wide and low: two landscape pages side by side, but four portrait pages.
        PosterTiling.Plan wide = PosterTiling.plan(1400, 480, List.of(), PaperSize.A4, 36, OVERLAP);
        assertTrue(wide.landscape());
        assertEquals(2, wide.pageCount());
        PosterTiling.Plan tall = PosterTiling.plan(480, 1400, List.of(), PaperSize.A4, 36, OVERLAP);
        assertFalse(tall.landscape());
        assertEquals(2, tall.pageCount());
    }

    @Test
    void tilesAreRowByRowWithTheirGridPlace() {
        PosterTiling.Plan plan = PosterTiling.plan(2000, 1500, List.of(new Rect(500, 500, 168, 72)), PaperSize.A4,
                36, OVERLAP);
        assertEquals(plan.rows() * plan.columns(), plan.pageCount());
        for (int i = 0; i < plan.tiles().size(); i++) {
            PosterTiling.Tile tile = plan.tiles().get(i);
            assertEquals(i / plan.columns(), tile.row());
            assertEquals(i % plan.columns(), tile.column());
            assertTrue(tile.area().width() <= plan.pageWidth() - 72 + 1e-9);
            assertTrue(tile.area().height() <= plan.pageHeight() - 72 + 1e-9);
        }
    }

    private static void assertNoEdgeCuts(List<PosterTiling.Span> spans, List<PosterTiling.Span> cards) {
        for (PosterTiling.Span span : spans) {
            for (PosterTiling.Span card : cards) {
                assertFalse(card.cutBy(span.start()) || card.cutBy(span.end()), span + " cuts " + card);
            }
        }
    }
}
