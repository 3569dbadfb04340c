package org.touchmap.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class MapDiffTest {

    private static JourneyMap map(String... stageIds) {
        JourneyMap map = new JourneyMap("test");
        map.addLane(new Lane("lane", "Lane"));
        for (String id : stageIds) {
            map.addStage(new Stage(id, "Stage " + id));
        }
        return map;
    }

    private static Touchpoint card(JourneyMap map, String id, String name, String stageId, Rating rating) {
        Touchpoint tp = new Touchpoint(id, name, stageId, "lane");
        tp.setRating(rating);
        map.addTouchpoint(tp);
        return tp;
    }

    private static List<String> described(List<TouchpointChange> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.name()).toList();
    }

    @Test
    void aChangedDescribedTextIsAnEditNamingTheField() {
        JourneyMap before = map("s1");
        card(before, "a", "Survey", "s1", Rating.POSITIVE);
        JourneyMap after = before.copy();
        after.touchpoint("a").setText(org.touchmap.model.TouchpointText.EVIDENCE_SOURCE, "https://example.org/survey");

        List<TouchpointChange> changes = MapDiff.between(before, after);

        assertEquals(List.of("EDITED Survey"), described(changes));
        assertEquals(List.of(org.touchmap.model.TouchpointText.EVIDENCE_SOURCE),
                changes.get(0).before().textsChangedIn(changes.get(0).after()));
    }

    @Test
    void equalMapsHaveNoChanges() {
        JourneyMap before = map("s1", "s2");
        card(before, "a", "Ad", "s1", Rating.POSITIVE);
        card(before, "b", "Call", "s2", Rating.NEGATIVE);
        assertEquals(List.of(), MapDiff.between(before, before.copy()));
    }

    @Test
    void emptyMapsHaveNoChangesAndEveryCardOfOneSideIsAddedOrRemoved() {
        JourneyMap empty = map();
        assertEquals(List.of(), MapDiff.between(empty, map()));
        JourneyMap full = map("s1");
        card(full, "a", "Ad", "s1", Rating.POSITIVE);
        assertEquals(List.of("ADDED Ad"), described(MapDiff.between(empty, full)));
        assertEquals(List.of("REMOVED Ad"), described(MapDiff.between(full, empty)));
    }

    @Test
    void cardsMatchedByIdReportAMoveARatingAndANameChange() {
        JourneyMap before = map("s1", "s2");
        card(before, "a", "Reminder SMS", "s1", Rating.NEUTRAL);
        JourneyMap after = before.copy();
        after.touchpoint("a").setStageId("s2");
        after.touchpoint("a").setRating(Rating.NEGATIVE);
        after.touchpoint("a").setName("Reminder text");

        List<TouchpointChange> changes = MapDiff.between(before, after);

        assertEquals(List.of("MOVED_STAGE Reminder text", "RERATED Reminder text", "RENAMED Reminder text"),
                described(changes));
        TouchpointChange moved = changes.get(0);
        assertEquals("Stage s1", moved.before().stageName());
        assertEquals("Stage s2", moved.after().stageName());
        TouchpointChange rerated = changes.get(1);
        assertEquals(Rating.NEUTRAL, rerated.before().rating());
        assertEquals(Rating.NEGATIVE, rerated.after().rating());
        assertEquals("Reminder SMS", changes.get(2).before().name());
    }

    @Test
    void cardsWithOtherIdsAreMatchedByNameInTheSameStageIgnoringCaseAndSpaces() {
        JourneyMap ours = map("s1", "s2");
        card(ours, "ours-1", "Booking by phone", "s1", Rating.NEUTRAL);
        card(ours, "ours-2", "Flyer", "s2", Rating.POSITIVE);
        JourneyMap theirs = map("s1", "s2");
        card(theirs, "theirs-1", "  booking BY  phone", "s1", Rating.NEGATIVE);
        card(theirs, "theirs-2", "Flyer", "s1", Rating.POSITIVE);

        List<TouchpointChange> changes = MapDiff.between(ours, theirs);

        assertEquals(List.of("RERATED   booking BY  phone", "ADDED Flyer", "REMOVED Flyer"), described(changes));
        assertEquals("ours-1", changes.get(0).before().id());
        assertEquals("theirs-1", changes.get(0).after().id());
    }

    @Test
    void stagesWithOtherIdsAreMatchedByName() {
        JourneyMap ours = map("s1");
        card(ours, "ours-1", "Chat", "s1", Rating.POSITIVE);
        JourneyMap theirs = new JourneyMap("theirs");
        theirs.addLane(new Lane("lane", "Lane"));
        theirs.addStage(new Stage("other", "stage S1"));
        card(theirs, "theirs-1", "chat", "other", Rating.POSITIVE);

        assertEquals(List.of(), MapDiff.between(ours, theirs));
    }

    @Test
    void duplicateNamesArePairedInCardOrderAndTheRestIsAddedOrRemoved() {
        JourneyMap before = map("s1");
        card(before, "b1", "Call", "s1", Rating.POSITIVE);
        card(before, "b2", "Call", "s1", Rating.NEGATIVE);
        card(before, "b3", "Call", "s1", Rating.NEUTRAL);
        JourneyMap after = map("s1");
        card(after, "a1", "Call", "s1", Rating.POSITIVE);
        card(after, "a2", "call", "s1", Rating.POSITIVE);

        List<TouchpointChange> changes = MapDiff.between(before, after);

        assertEquals(List.of("RERATED call", "REMOVED Call"), described(changes));
        assertEquals("b2", changes.get(0).before().id());
        assertEquals("b3", changes.get(1).before().id());
    }

    @Test
    void changesFollowTheStagesOfTheMapAfterWithRemovedCardsLast() {
        JourneyMap before = map("s1", "s2", "s3");
        card(before, "gone", "Gone", "s1", Rating.POSITIVE);
        card(before, "late", "Late", "s3", Rating.POSITIVE);
        card(before, "early", "Early", "s1", Rating.POSITIVE);
        JourneyMap after = map("s1", "s2", "s3");
        card(after, "late", "Late", "s3", Rating.NEGATIVE);
        card(after, "new", "New", "s2", Rating.POSITIVE);
        card(after, "early", "Early", "s1", Rating.NEGATIVE);

        assertEquals(List.of("RERATED Early", "ADDED New", "RERATED Late", "REMOVED Gone"),
                described(MapDiff.between(before, after)));
    }

    @Test
    void aChangeNeedsTheCardOnTheSidesItIsOn() {
        CardState card = new CardState("a", "Ad", "s1", "Stage 1", Rating.POSITIVE);
        assertThrows(IllegalArgumentException.class, () -> new TouchpointChange(ChangeKind.RERATED, card, null));
        assertEquals(card, new TouchpointChange(ChangeKind.ADDED, null, card).current());
    }
}
