package org.touchmap.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JourneyMapTest {

    @Test
    void medicalClinicSampleIsConsistent() {
        assertEquals(java.util.List.of(), MapInvariants.problems(MedicalClinicMap.build()));
    }

    @Test
    void copyIsEqualButIndependent() {
        JourneyMap map = MedicalClinicMap.build();
        JourneyMap copy = map.copy();
        assertEquals(map, copy);
        copy.touchpoint("tp-chat").setRating(Rating.POSITIVE);
        assertNotEquals(map, copy);
        assertEquals(Rating.NEGATIVE, map.touchpoint("tp-chat").rating());
    }

    @Test
    void stageWithTouchpointsCannotBeRemovedDirectly() {
        JourneyMap map = MedicalClinicMap.build();
        assertThrows(IllegalStateException.class, () -> map.removeStage("search"));
    }

    @Test
    void linkedTouchpointCannotBeRemovedDirectly() {
        JourneyMap map = MedicalClinicMap.build();
        assertThrows(IllegalStateException.class, () -> map.removeTouchpoint("tp-chat"));
    }

    @Test
    void duplicateIdsAreRefused() {
        JourneyMap map = MedicalClinicMap.build();
        assertThrows(IllegalArgumentException.class, () -> map.addStage(new Stage("search", "Again")));
    }

    @Test
    void touchpointInMissingStageIsRefused() {
        JourneyMap map = MedicalClinicMap.build();
        assertThrows(java.util.NoSuchElementException.class,
                () -> map.addTouchpoint(new Touchpoint("tp-new", "New", "nowhere", "online")));
    }

    @Test
    void emotionFollowsRatingUntilSet() {
        Touchpoint tp = new Touchpoint("t1", "Card", "s1", "l1");
        tp.setRating(Rating.NEGATIVE);
        assertEquals(-1, tp.effectiveEmotion());
        tp.setEmotion(-2);
        assertEquals(-2, tp.effectiveEmotion());
        assertThrows(IllegalArgumentException.class, () -> tp.setEmotion(3));
    }

    @Test
    void invalidCriterionScoreAndMetricAreRefused() {
        Touchpoint tp = new Touchpoint("t1", "Card", "s1", "l1");
        assertThrows(IllegalArgumentException.class, () -> tp.setCriteria(java.util.Map.of("speed", 6)));
        assertThrows(IllegalArgumentException.class,
                () -> tp.setMetrics(java.util.Map.of(Metric.NPS, 101.0)));
        assertThrows(IllegalArgumentException.class,
                () -> tp.setMetrics(java.util.Map.of(Metric.COST, Double.NaN)));
    }

    @Test
    void stageWidthIsOptionalPositiveAndCopied() {
        Stage stage = new Stage("s1", "Stage");
        assertNull(stage.width(), "columns fit their cards unless told otherwise");
        stage.setWidth(260.0);
        Stage copy = stage.copy();
        assertEquals(260.0, copy.width());
        assertEquals(stage, copy);
        copy.setWidth(null);
        assertNotEquals(stage, copy, "the width is part of a stage's equality");
        assertThrows(IllegalArgumentException.class, () -> stage.setWidth(0.0));
        assertThrows(IllegalArgumentException.class, () -> stage.setWidth(-10.0));
        assertThrows(IllegalArgumentException.class, () -> stage.setWidth(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> stage.setWidth(Double.NaN));
        assertEquals(260.0, stage.width(), "a refused width leaves the old one");
    }
}
