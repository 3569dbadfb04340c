package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Touchpoint;

class LaneCommandsTest {
    private final JourneyMap clinic = MedicalClinicMap.build();
    private final JourneyMap small = SmallMap.build();

    @Test
    void addingALanePutsItAtTheGivenIndex() {
        assertReversible(clinic, new AddLane(1, new Lane("backstage", "Backstage")));

        assertEquals(List.of("online", "backstage", "offline"), laneIds(clinic));
    }

    @Test
    void aNewLaneGetsAFreshIdAndGoesWhereAsked() {
        AddLane add = AddLane.newLane(small, 2, "Backstage");

        assertReversible(small, add);

        assertTrue(add.laneId().startsWith("lane-"));
        assertEquals(2, small.laneIndex(add.laneId()));
    }

    @Test
    void aLaneWithATakenIdIsRefused() {
        assertFalse(AddLane.atEnd(new Lane("main", "Clashes with a chain")).isExecutable(small));
        assertFalse(new AddLane(3, new Lane("l3", "Too far")).isExecutable(small));
    }

    @Test
    void deletingALaneCanMoveItsCardsToAnotherLane() {
        assertReversible(clinic, new RemoveLane("offline", LaneRemoval.moveCardsTo("online")));

        assertEquals(List.of("online"), laneIds(clinic));
        assertTrue(clinic.touchpoints().stream().allMatch(tp -> tp.laneId().equals("online")));
        assertEquals("compare", clinic.touchpoint("tp-phone").stageId());
    }

    @Test
    void deletingALaneCanDeleteItsCardsAndTheirLinks() {
        // Nine of the clinic's cards are online and most are linked in the first-visit chain.
        assertReversible(clinic, new RemoveLane("online", LaneRemoval.REMOVE_CARDS));

        assertTrue(clinic.touchpoints().stream().allMatch(tp -> tp.laneId().equals("offline")));
        assertEquals(List.of("tp-phone", "tp-reception", "tp-form", "tp-doctor", "tp-payment", "tp-reminder"),
                clinic.touchpoints().stream().map(Touchpoint::id).toList());
    }

    @Test
    void deletingTheOnlyLaneWithItsCardsLeavesAnEmptyButConsistentMap() {
        assertReversible(small, new RemoveLane("l1", LaneRemoval.REMOVE_CARDS));
        assertReversible(small, new RemoveLane("l2", LaneRemoval.REMOVE_CARDS));

        assertEquals(List.of(), small.touchpoints());
        assertEquals(List.of(), small.chain("main").links());
    }

    @Test
    void aLaneCannotHandItsCardsToItselfOrToAMissingLane() {
        assertFalse(new RemoveLane("l1", LaneRemoval.moveCardsTo("l1")).isExecutable(small));
        assertFalse(new RemoveLane("l1", LaneRemoval.moveCardsTo("gone")).isExecutable(small));
        assertFalse(new RemoveLane("gone", LaneRemoval.REMOVE_CARDS).isExecutable(small));
    }

    @Test
    void reorderingALaneMovesItAndUndoPutsItBack() {
        MoveLane move = new MoveLane("offline", 0);

        CommandStack stack = assertReversible(clinic, move);

        assertEquals(List.of("offline", "online"), laneIds(clinic));
        assertEquals(Description.of("lane.move", "Offline"), stack.undoDescription().orElseThrow());
        assertFalse(new MoveLane("offline", 2).isExecutable(clinic));
    }

    private static List<String> laneIds(JourneyMap map) {
        return map.lanes().stream().map(Lane::id).toList();
    }
}
