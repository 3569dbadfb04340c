package org.touchmap.render.workbook;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PagePlanTest {
    @Test
    void aTableThatFitsAPortraitPagePrintsUprightAtFullSize() {
        PagePlan plan = PagePlan.of(new int[] {20, 30, 20}, 1);

        assertFalse(plan.landscape());
        assertTrue(plan.oneWide());
    }

    @Test
    void aTableThatFitsALandscapePageAtAReadableScalePrintsOnePageWide() {
        PagePlan plan = PagePlan.of(new int[] {40, 40, 40, 40}, 1);

        assertTrue(plan.landscape());
        assertTrue(plan.oneWide());
        assertTrue(160 * PagePlan.MIN_SCALE_PERCENT <= PagePlan.LANDSCAPE_CHARS * 100, "160 characters at 65 %");
    }

    @Test
    void aWiderTablePrintsSeveralPagesWideAtAReadableScaleWithItsKeyColumnsOnEachPage() {
        int[] widths = {14, 26, 34, 18, 12, 18, 10, 14, 12, 9, 8, 14, 10, 10, 9, 9, 9, 9, 9, 9, 9, 9, 9, 30, 30, 14, 12,
            30, 16};
        PagePlan plan = PagePlan.of(widths, 2);

        assertTrue(plan.landscape());
        assertFalse(plan.oneWide());
        assertEquals(2, plan.keyColumns());
        assertTrue(plan.scalePercent() >= PagePlan.MIN_SCALE_PERCENT, "prints at " + plan.scalePercent() + " %");
        List<Integer> pages = pageWidths(widths, plan);
        assertEquals(plan.pagesWide(), pages.size());
        assertTrue(pages.size() >= 3, pages.toString());
        for (int page : pages) {
            assertTrue(page * plan.scalePercent() <= PagePlan.LANDSCAPE_CHARS * 100, page + " characters on " + pages);
        }
    }

    @Test
    void aTableWithoutKeyColumnsStaysOnePageWideSoNoRowIsSplit() {
        PagePlan plan = PagePlan.of(new int[] {60, 60, 60, 60}, 0);

        assertTrue(plan.oneWide());
        assertTrue(plan.breaksAfter().isEmpty());
    }

    @Test
    void theScaleGrowsWhenThePagesAreNotFull() {
        PagePlan plan = PagePlan.of(new int[] {20, 60, 60, 60}, 1);

        assertEquals(2, plan.pagesWide());
        assertEquals(Math.min(100, PagePlan.LANDSCAPE_CHARS * 100 / 140), plan.scalePercent(), "the fuller page is 140");
    }

    private static List<Integer> pageWidths(int[] widths, PagePlan plan) {
        int keys = 0;
        for (int i = 0; i < plan.keyColumns(); i++) {
            keys += widths[i];
        }
        List<Integer> pages = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(plan.breaksAfter());
        ends.add(widths.length - 1);
        int start = plan.keyColumns();
        for (int end : ends) {
            int width = keys;
            for (int i = start; i <= end; i++) {
                width += widths[i];
            }
            pages.add(width);
            start = end + 1;
        }
        return pages;
    }
}
