package org.touchmap.ui.present;

import org.junit.jupiter.api.Test;

import org.touchmap.analysis.RevealOrder;
import org.touchmap.analysis.RevealStep;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class RevealAreaTest {
    private static final double MIN_ZOOM = 0.9;
    private final JourneyMap map = MedicalClinicMap.build();
    private final MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
    private final RevealOrder chain = RevealOrder.alongChain(map, "ch-first-visit");

    @Test
    void onAScreenTheWholeMapFitsEveryStepFramesTheWholeMapSoTheCameraStaysStill() {
        Rect first = RevealArea.of(layout, chain.step(1), 1920, 1080, MIN_ZOOM);
        for (RevealStep step : chain.steps()) {
            assertEquals(first, RevealArea.of(layout, step, 1920, 1080, MIN_ZOOM), "step " + step.index());
        }
        assertKeepsTheContext(first);
        assertTrue(first.contains(layout.grid()), "every column");
    }

    @Test
    void aMapTooWideForTheScreenIsFramedFromItsLaneLabelsToTheLastColumnRevealed() {
        double narrow = layout.grid().maxX() * MIN_ZOOM * 0.8;
        Rect second = RevealArea.of(layout, chain.step(2), narrow, 1080, MIN_ZOOM);

        assertKeepsTheContext(second);
        assertTrue(second.y() <= layout.titleBox().y(), "the title's line");
        assertTrue(second.contains(layout.card("tp-page").orElseThrow().bounds()));
        assertTrue(second.maxX() < layout.grid().maxX(), "not the columns to come");
        assertTrue(second.width() * MIN_ZOOM <= narrow);
    }

    @Test
    void aMapTooWideEvenForThatIsFramedOnTheRevealedColumns() {
        Rect tiny = RevealArea.of(layout, chain.step(4), 300, 1080, MIN_ZOOM);
        assertTrue(tiny.contains(layout.card("tp-phone").orElseThrow().bounds()));
    }

    /** The title, persona and lane labels start inside the frame. */
    private void assertKeepsTheContext(Rect frame) {
        assertTrue(frame.x() <= layout.titleBox().x() && frame.y() <= layout.titleBox().y(), "the title");
        Rect persona = layout.personaBand().orElseThrow().bounds();
        assertTrue(frame.x() <= persona.x() && frame.y() <= persona.y(), "the persona");
        for (LaneRow row : layout.rows()) {
            assertTrue(frame.x() <= row.header().x() && frame.maxY() >= row.header().maxY(), row.laneId());
        }
    }
}
