package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.ChainLink;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

class TouchpointCommandsTest {
    private final JourneyMap clinic = MedicalClinicMap.build();
    private final JourneyMap small = SmallMap.build();

    @Test
    void addingACardPutsItAtTheGivenIndex() {
        Touchpoint card = new Touchpoint("tp-sms", "Reminder SMS", "decide", "online");

        assertReversible(clinic, new AddTouchpoint(3, card));

        assertEquals(3, clinic.touchpointIndex("tp-sms"));
    }

    @Test
    void theAddedCardIsTheCommandsOwnCopy() {
        Touchpoint card = new Touchpoint("x", "New", "s1", "l1");
        AddTouchpoint add = AddTouchpoint.atEnd(card);
        card.setName("Changed by the caller afterwards");

        new CommandStack(small).execute(add);

        assertEquals("New", small.touchpoint("x").name());
        assertEquals(small.touchpoints().size() - 1, small.touchpointIndex("x"));
    }

    @Test
    void aNewCardGetsAFreshIdTheChannelDefaultsAndItsPlace() {
        AddTouchpoint add = AddTouchpoint.newCard(clinic, "Call-back request",
                ChannelCatalog.resolve("phone-call"), new Placement("compare", "offline", 40, 180));

        assertReversible(clinic, add);

        Touchpoint card = clinic.touchpoint(add.touchpointId());
        assertTrue(add.touchpointId().startsWith("tp-"));
        assertEquals(Presence.OFFLINE, card.presence());
        assertEquals(new Placement("compare", "offline", 40, 180), Placement.of(card));
        assertEquals(Description.of("touchpoint.add", "Call-back request"), add.description());
    }

    @Test
    void severalCardsAddedAtTheEndInOneStepKeepTheirOrder() {
        Command both = new CompositeCommand(Description.of("touchpoint.add", "x, y"), List.of(
                AddTouchpoint.atEnd(new Touchpoint("x", "X", "s1", "l1")),
                AddTouchpoint.atEnd(new Touchpoint("y", "Y", "s1", "l1"))));

        assertReversible(small, both);

        assertEquals(List.of("a", "b", "c", "d", "e", "x", "y"), ids(small));
    }

    @Test
    void aCardWithATakenIdOrAMissingStageOrLaneOrIndexIsRefused() {
        // Ids are unique across all kinds of element, not only among touchpoints.
        assertFalse(AddTouchpoint.atEnd(new Touchpoint("s1", "Clash", "s1", "l1")).isExecutable(small));
        assertFalse(AddTouchpoint.atEnd(new Touchpoint("x", "X", "nowhere", "l1")).isExecutable(small));
        assertFalse(AddTouchpoint.atEnd(new Touchpoint("x", "X", "s1", "nowhere")).isExecutable(small));
        assertFalse(new AddTouchpoint(6, new Touchpoint("x", "X", "s1", "l1")).isExecutable(small));
        assertTrue(new AddTouchpoint(5, new Touchpoint("x", "X", "s1", "l1")).isExecutable(small));
    }

    @Test
    void removingACardTakesItsLinksOutOfEveryChainAndUndoPutsThemBack() {
        // The reception card is linked twice in the first-visit chain and once in the repeat chain.
        assertReversible(clinic, new RemoveTouchpoint("tp-reception"));

        assertTrue(clinic.findTouchpoint("tp-reception").isEmpty());
        assertTrue(clinic.chains().stream().flatMap(c -> c.links().stream()).noneMatch(l -> l.touches("tp-reception")));
        assertEquals(List.of(), clinic.chain("ch-repeat").links());
    }

    @Test
    void removingACardVisitedTwiceInAChainRestoresEveryLinkInPlace() {
        List<ChainLink> mainBefore = small.chain("main").links();

        CommandStack stack = assertReversible(small, new RemoveTouchpoint("b"));
        assertEquals(List.of(), small.chain("main").links());

        stack.undo();
        assertEquals(mainBefore, small.chain("main").links());
        assertEquals(1, small.touchpointIndex("b"));
    }

    @Test
    void removingSeveralCardsIsOneStep() {
        Command remove = RemoveTouchpoint.all(List.of("tp-chat", "tp-reception", "tp-doctor"));

        CommandStack stack = assertReversible(clinic, remove);

        assertEquals(Optional.of(Description.of("touchpoints.remove", 3)), stack.undoDescription());
        assertEquals(11, clinic.touchpoints().size());
        assertEquals(RemoveTouchpoint.class, RemoveTouchpoint.all(List.of("tp-chat")).getClass());
        assertThrows(IllegalArgumentException.class, () -> RemoveTouchpoint.all(List.of()));
    }

    @Test
    void theRemovedCardIsNamedInTheDescription() {
        RemoveTouchpoint remove = new RemoveTouchpoint("tp-phone");
        assertEquals(Description.of("touchpoint.remove", "tp-phone"), remove.description());

        new CommandStack(clinic).execute(remove);

        assertEquals(Description.of("touchpoint.remove", "Booking by phone"), remove.description());
    }

    @Test
    void aMissingCardCannotBeRemoved() {
        assertFalse(new RemoveTouchpoint("zz").isExecutable(small));
    }

    @Test
    void movingOneCardChangesItsStageLaneAndPosition() {
        MoveTouchpoints move = MoveTouchpoints.of("tp-chat", new Placement("compare", "offline", 12.5, 300));

        assertReversible(clinic, move);

        assertEquals(new Placement("compare", "offline", 12.5, 300), Placement.of(clinic.touchpoint("tp-chat")));
        assertEquals(Description.of("touchpoint.move", "Question in the site chat"), move.description());
    }

    @Test
    void movingSeveralCardsIsOneStep() {
        MoveTouchpoints nudge = MoveTouchpoints.by(small, List.of("a", "b", "c"), 10, -5);

        assertReversible(small, nudge);

        assertEquals(new Placement("s2", "l2", 10, 85), Placement.of(small.touchpoint("c")));
        assertEquals(Description.of("touchpoints.move", 3), nudge.description());
    }

    @Test
    void cardsCanBeMovedIntoAnotherStageOrLaneKeepingTheirPositionWhereItIsFree() {
        assertReversible(small, MoveTouchpoints.toStage(small, List.of("b", "c"), "s3"));
        assertEquals(new Placement("s3", "l2", 0, 90), Placement.of(small.touchpoint("c")));
        assertEquals(new Placement("s3", "l1", 0, 90), Placement.of(small.touchpoint("b")), "d is at 0, 0");

        assertReversible(small, MoveTouchpoints.toLane(small, List.of("a", "b"), "l2"));
        assertEquals(new Placement("s1", "l2", 0, 0), Placement.of(small.touchpoint("a")));
        assertEquals(new Placement("s3", "l2", 0, 180), Placement.of(small.touchpoint("b")), "c is at 0, 90");
        assertEquals(List.of(), CardOverlaps.problems(small));
    }

    @Test
    void aMoveIntoAMissingStageOrOfAMissingCardIsRefused() {
        assertFalse(MoveTouchpoints.of("a", new Placement("nowhere", "l1", 0, 0)).isExecutable(small));
        assertFalse(MoveTouchpoints.of("a", new Placement("s1", "nowhere", 0, 0)).isExecutable(small));
        assertFalse(MoveTouchpoints.of("zz", new Placement("s1", "l1", 0, 0)).isExecutable(small));
        assertThrows(IllegalArgumentException.class, () -> new Placement("s1", "l1", Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new MoveTouchpoints(Map.of()));
    }

    @Test
    void threeConsecutiveMovesOfTheSameCardsAreOneUndoStepBackToTheStart() {
        JourneyMap start = small.copy();
        CommandStack stack = new CommandStack(small);

        stack.execute(MoveTouchpoints.by(small, List.of("a", "b"), 10, 0));
        stack.execute(MoveTouchpoints.by(small, List.of("b", "a"), 10, 0));
        stack.execute(MoveTouchpoints.by(small, List.of("a", "b"), 0, 30));
        JourneyMap end = small.copy();

        assertEquals(new Placement("s1", "l1", 20, 30), Placement.of(small.touchpoint("a")));
        stack.undo();
        assertEquals(start, small);
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals(end, small);
    }

    @Test
    void aMoveOfOtherCardsIsItsOwnStep() {
        CommandStack stack = new CommandStack(small);
        stack.execute(MoveTouchpoints.by(small, List.of("a", "b"), 10, 0));
        JourneyMap afterFirst = small.copy();

        stack.execute(MoveTouchpoints.by(small, List.of("a"), 10, 0));
        stack.undo();

        assertEquals(afterFirst, small);
        assertTrue(stack.canUndo());
    }

    @Test
    void aDifferentCommandInBetweenStopsMerging() {
        CommandStack stack = new CommandStack(small);
        stack.execute(MoveTouchpoints.by(small, List.of("a"), 10, 0));
        stack.execute(TouchpointProperties.NOTES.change("a", "moved"));
        JourneyMap beforeSecondMove = small.copy();

        stack.execute(MoveTouchpoints.by(small, List.of("a"), 10, 0));
        stack.undo();

        assertEquals(beforeSecondMove, small);
    }

    private static List<String> ids(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::id).toList();
    }
}
