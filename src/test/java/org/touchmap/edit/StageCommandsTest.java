package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

class StageCommandsTest {
    private final JourneyMap clinic = MedicalClinicMap.build();
    private final JourneyMap small = SmallMap.build();

    @Test
    void addingAStagePutsItAtTheGivenIndex() {
        Stage stage = new Stage("loyalty", "Loyalty");
        stage.setColor("#009E73");

        assertReversible(clinic, new AddStage(2, stage));

        assertEquals(List.of("awareness", "search", "loyalty", "compare", "decide", "after"), stageIds(clinic));
        assertEquals("#009e73", clinic.stage("loyalty").color());
    }

    @Test
    void aNewStageGetsAFreshId() {
        AddStage add = AddStage.newStage(small, 0, "Before");

        assertReversible(small, add);

        assertTrue(add.stageId().startsWith("stage-"));
        assertEquals(0, small.stageIndex(add.stageId()));
        assertEquals(Description.of("stage.add", "Before"), add.description());
    }

    @Test
    void aNewStageBetweenTwoOfOnePhaseJoinsItButNotAtThePhasesEdge() {
        small.stages().get(0).setPhase("Pre-sale");
        small.stages().get(1).setPhase("Pre-sale");

        assertEquals("Pre-sale", phaseOfNewStageAt(1));
        assertNull(phaseOfNewStageAt(0));
        assertNull(phaseOfNewStageAt(2));
    }

    private String phaseOfNewStageAt(int index) {
        JourneyMap map = small.copy();
        AddStage add = AddStage.newStage(map, index, "New");
        add.execute(map);
        return map.stage(add.stageId()).phase();
    }

    @Test
    void aStageWithATakenIdOrOutsideTheListIsRefused() {
        assertFalse(AddStage.atEnd(new Stage("a", "Clashes with a card")).isExecutable(small));
        assertFalse(new AddStage(4, new Stage("s4", "Too far")).isExecutable(small));
        assertTrue(new AddStage(3, new Stage("s4", "Last")).isExecutable(small));
        assertThrows(IllegalArgumentException.class, () -> new AddStage(-1, new Stage("s4", "Before the first")));
    }

    @Test
    void deletingAStageCanMoveItsCardsToAnotherStage() {
        List<String> cardsBefore = cardIds(clinic);

        assertReversible(clinic, new RemoveStage("search", StageRemoval.moveCardsTo("compare")));

        assertTrue(clinic.findStage("search").isEmpty());
        assertEquals(cardsBefore, cardIds(clinic));
        assertEquals("compare", clinic.touchpoint("tp-chat").stageId());
        assertEquals(List.of(), CardOverlaps.problems(clinic), "the moved cards go beside the cards there");
    }

    @Test
    void deletingAStageCanDeleteItsCardsAndTheirLinks() {
        // "decide" holds four cards; the reception card is linked in both chains.
        CommandStack stack = assertReversible(clinic, new RemoveStage("decide", StageRemoval.REMOVE_CARDS));

        assertEquals(10, clinic.touchpoints().size());
        assertTrue(clinic.touchpointsInStage("decide").isEmpty());
        assertEquals(List.of(new ChainLink("tp-ad", "tp-page"), new ChainLink("tp-page", "tp-chat"),
                new ChainLink("tp-chat", "tp-phone"), new ChainLink("tp-review", "tp-mailing")),
                clinic.chain("ch-first-visit").links());
        assertEquals(Description.of("stage.remove", "Purchase decision"), stack.undoDescription().orElseThrow());
    }

    @Test
    void deletingAStageWhoseCardIsInTwoChainsRestoresBothChains() {
        JourneyMap before = small.copy();
        CommandStack stack = new CommandStack(small);

        stack.execute(new RemoveStage("s3", StageRemoval.REMOVE_CARDS));
        assertEquals(List.of(), small.chain("back").links());
        assertEquals(3, small.chain("main").linkCount());

        stack.undo();
        assertEquals(before, small);
    }

    @Test
    void anEmptyStageIsDeletedWithEitherChoice() {
        AddStage add = AddStage.newStage(small, 1, "Empty");
        new CommandStack(small).execute(add);

        assertReversible(small.copy(), new RemoveStage(add.stageId(), StageRemoval.REMOVE_CARDS));
        assertReversible(small, new RemoveStage(add.stageId(), StageRemoval.moveCardsTo("s1")));
    }

    @Test
    void aStageCannotHandItsCardsToItselfOrToAMissingStage() {
        assertFalse(new RemoveStage("s1", StageRemoval.moveCardsTo("s1")).isExecutable(small));
        assertFalse(new RemoveStage("s1", StageRemoval.moveCardsTo("gone")).isExecutable(small));
        assertFalse(new RemoveStage("gone", StageRemoval.REMOVE_CARDS).isExecutable(small));
    }

    @Test
    void reorderingAStageMovesItAndUndoPutsItBack() {
        MoveStage move = new MoveStage("after", 0);

        assertReversible(clinic, move);

        assertEquals(List.of("after", "awareness", "search", "compare", "decide"), stageIds(clinic));
        assertEquals(Description.of("stage.move", "Post-purchase reaction"), move.description());
    }

    @Test
    void aStageCannotBeMovedOutsideTheList() {
        assertFalse(new MoveStage("s1", 3).isExecutable(small));
        assertFalse(new MoveStage("s1", -1).isExecutable(small));
        assertFalse(new MoveStage("gone", 0).isExecutable(small));
        assertTrue(new MoveStage("s1", 2).isExecutable(small));
    }

    private static List<String> stageIds(JourneyMap map) {
        return map.stages().stream().map(Stage::id).toList();
    }

    private static List<String> cardIds(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::id).toList();
    }
}
