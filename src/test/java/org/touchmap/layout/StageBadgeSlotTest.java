package org.touchmap.layout;

import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

/** Every stage header keeps a slot for a badge that touches neither its name nor its question. */
class StageBadgeSlotTest {
    private static final double TOLERANCE = 0.001;

    @ParameterizedTest
    @MethodSource("org.touchmap.layout.ArrowheadVisibilityTest#bundledSamples")
    void theBadgeSlotOfEveryHeaderIsFreeOfItsText(String sample) throws Exception {
        JourneyMap map;
        try (InputStream in = StageBadgeSlotTest.class.getResourceAsStream("/samples/" + sample)) {
            map = MapJson.read(in.readAllBytes(), sample);
        }
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        assertFalse(layout.columns().isEmpty());
        for (StageColumn column : layout.columns()) {
            Rect slot = column.badgeBox();
            assertTrue(column.header().contains(slot), column.stageId() + ": the slot is inside the header");
            assertFalse(slot.overlaps(column.nameBox()), column.stageId() + ": the slot is clear of the name");
            assertFalse(slot.overlaps(column.questionBox()), column.stageId() + ": the slot is clear of the question");
            assertTrue(slot.height() + TOLERANCE >= MapLayouter.STAGE_BADGE_SLOT_HEIGHT,
                    column.stageId() + ": the slot holds a two-line badge");
            assertTrue(column.questionBox().height() >= 30, column.stageId() + ": the question keeps two lines");
        }
    }
}
