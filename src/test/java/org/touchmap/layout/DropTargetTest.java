package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class DropTargetTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private static final double PAD = SETTINGS.cellPadding();

    private final MapLayout layout = MapLayouter.layout(twoByTwo(), SETTINGS);

    @Test
    void cardCentredOnAPointLandsInThatCellWithItsOffsetMeasuredFromThePaddedCorner() {
        Rect cell = layout.cell("s2", "l1").orElseThrow();
        double px = cell.x() + PAD + 10 + SETTINGS.cardWidth() / 2;
        double py = cell.y() + PAD + 4 + SETTINGS.cardHeight() / 2;
        DropTarget target = DropTarget.centredAt(layout, px, py, GridSnap.OFF).orElseThrow();
        assertEquals(new DropTarget("s2", "l1", 10, 4), target);
    }

    @Test
    void pointOutsideTheGridHasNoPlaceForANewCard() {
        assertTrue(DropTarget.centredAt(layout, 1, 1, GridSnap.OFF).isEmpty(), "the title area");
        Rect grid = layout.grid();
        assertTrue(DropTarget.centredAt(layout, grid.maxX() + 5, grid.centerY(), GridSnap.OFF).isEmpty());
    }

    @Test
    void offsetNeverGoesLeftOfOrAboveThePaddedCorner() {
        Rect cell = layout.cell("s1", "l2").orElseThrow();
        DropTarget target = DropTarget.centredAt(layout, cell.x() + 2, cell.y() + 2, GridSnap.OFF).orElseThrow();
        assertEquals(new DropTarget("s1", "l2", 0, 0), target);
    }

    @Test
    void cardsCentreStaysInsideItsCellNearTheFarEdge() {
        Rect cell = layout.cell("s1", "l1").orElseThrow();
        DropTarget target = DropTarget.centredAt(layout, cell.maxX() - 1, cell.maxY() - 1, GridSnap.OFF)
                .orElseThrow();
        assertEquals("s1", target.stageId());
        assertEquals(cell.width() - 2 * PAD - SETTINGS.cardWidth() / 2, target.x(), 1e-9);
        assertEquals(cell.height() - 2 * PAD - SETTINGS.cardHeight() / 2, target.y(), 1e-9);
        double centreX = cell.x() + PAD + target.x() + SETTINGS.cardWidth() / 2;
        assertTrue(centreX <= cell.maxX(), "the centre is still in the cell");
    }

    @Test
    void draggedCardGoesToTheCellUnderItsCentre() {
        Rect s2 = layout.cell("s2", "l2").orElseThrow();
        // The card's left edge is still in s1, but most of it is over s2.
        double left = s2.x() - SETTINGS.cardWidth() / 2 + 12;
        DropTarget target = DropTarget.forCardAt(layout, left, s2.y() + PAD, GridSnap.OFF).orElseThrow();
        assertEquals("s2", target.stageId());
        assertEquals("l2", target.laneId());
        assertEquals(0, target.x(), "clamped to the padded corner of s2");
    }

    @Test
    void cardDraggedPastTheGridGoesToTheNearestCell() {
        Rect grid = layout.grid();
        DropTarget right = DropTarget.forCardAt(layout, grid.maxX() + 400, grid.maxY() + 300, GridSnap.OFF)
                .orElseThrow();
        assertEquals(new DropTarget("s2", "l2", right.x(), right.y()), right);
        DropTarget left = DropTarget.forCardAt(layout, -500, -500, GridSnap.OFF).orElseThrow();
        assertEquals(new DropTarget("s1", "l1", 0, 0), left);
    }

    @Test
    void snappingRoundsTheOffsetInsideTheCell() {
        Rect cell = layout.cell("s2", "l1").orElseThrow();
        DropTarget target = DropTarget.forCardAt(layout, cell.x() + PAD + 13, cell.y() + PAD + 3,
                GridSnap.DEFAULT).orElseThrow();
        assertEquals(16, target.x());
        assertEquals(0, target.y());
    }

    @Test
    void mapWithoutLanesHasNowhereToDrop() {
        JourneyMap map = new JourneyMap("No lanes");
        map.addStage(new Stage("s1", "Only"));
        MapLayout empty = MapLayouter.layout(map, SETTINGS);
        assertTrue(DropTarget.forCardAt(empty, 100, 100, GridSnap.OFF).isEmpty());
    }

    static JourneyMap twoByTwo() {
        JourneyMap map = new JourneyMap("Grid");
        map.addStage(new Stage("s1", "One"));
        map.addStage(new Stage("s2", "Two"));
        map.addLane(new Lane("l1", "Online"));
        map.addLane(new Lane("l2", "Offline"));
        Touchpoint wide = new Touchpoint("wide", "Makes s1 wide", "s1", "l1");
        wide.setX(200);
        wide.setY(100);
        map.addTouchpoint(wide);
        return map;
    }
}
