package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class HeaderDropTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private final MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);

    @Test
    void theGapIsChosenByWhichColumnMiddlesThePointHasPassed() {
        StageColumn first = layout.columns().get(0);
        StageColumn third = layout.columns().get(2);

        assertEquals(0, HeaderDrop.stageGap(layout, first.x() - 50), "left of everything");
        assertEquals(0, HeaderDrop.stageGap(layout, first.body().centerX() - 1));
        assertEquals(1, HeaderDrop.stageGap(layout, first.body().centerX() + 1));
        assertEquals(3, HeaderDrop.stageGap(layout, third.body().centerX() + 1));
        assertEquals(5, HeaderDrop.stageGap(layout, layout.grid().maxX() + 100), "right of everything");
    }

    @Test
    void laneGapsWorkTheSameWayDownwards() {
        LaneRow online = layout.rows().get(0);
        assertEquals(0, HeaderDrop.laneGap(layout, online.body().centerY() - 1));
        assertEquals(1, HeaderDrop.laneGap(layout, online.body().centerY() + 1));
        assertEquals(2, HeaderDrop.laneGap(layout, layout.grid().maxY() + 10));
    }

    @Test
    void droppingNextToItsOwnPlaceMovesNothing() {
        assertEquals(2, HeaderDrop.targetIndex(2, 2), "the gap before itself");
        assertEquals(2, HeaderDrop.targetIndex(2, 3), "the gap after itself");
    }

    @Test
    void gapsAfterTheDraggedElementCountOneLess() {
        assertEquals(0, HeaderDrop.targetIndex(2, 0), "to the front");
        assertEquals(4, HeaderDrop.targetIndex(1, 5), "to the end of five");
        assertEquals(3, HeaderDrop.targetIndex(0, 4));
    }

    @Test
    void theIndicatorSitsOnTheLineBetweenColumnsOrRows() {
        assertEquals(layout.columns().get(3).x(), HeaderDrop.stageGapX(layout, 3));
        assertEquals(layout.grid().maxX(), HeaderDrop.stageGapX(layout, 5));
        assertEquals(layout.rows().get(1).y(), HeaderDrop.laneGapY(layout, 1));
        assertEquals(layout.grid().maxY(), HeaderDrop.laneGapY(layout, 2));
    }

    @Test
    void resizingAddsTheDragToTheWidthInWholePixelsButKeepsRoomForOneCard() {
        StageColumn column = layout.columns().get(0);
        assertEquals(Math.round(column.width() + 40.4), ColumnResize.preferredWidth(column, 40.4, SETTINGS));
        assertEquals(SETTINGS.narrowestColumnWidth(), ColumnResize.preferredWidth(column, -500, SETTINGS));
    }
}
