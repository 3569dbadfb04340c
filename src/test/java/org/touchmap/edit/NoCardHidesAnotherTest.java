package org.touchmap.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardFootprint;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Every command that places cards puts each one in free space of its cell. */
class NoCardHidesAnotherTest {

    @Test
    void deletingAStageMovesItsCardsBesideTheCardsOfThePreviousStageAlsoOnRedo() {
        JourneyMap map = MedicalClinicMap.build();
        JourneyMap before = map.copy();
        CommandStack stack = new CommandStack(map);

        stack.execute(new RemoveStage("compare", StageRemoval.moveCardsTo("search")));
        assertEquals(List.of(), CardOverlaps.problems(map));
        assertEquals(5, map.touchpointsInStage("search").size());
        JourneyMap after = map.copy();

        stack.undo();
        assertEquals(before, map);
        stack.redo();
        assertEquals(after, map);
        assertEquals(List.of(), CardOverlaps.problems(map));
    }

    @Test
    void deletingALaneMovesItsCardsBesideTheCardsOfTheOtherLane() {
        JourneyMap map = MedicalClinicMap.build();
        new CommandStack(map).execute(new RemoveLane("offline", LaneRemoval.moveCardsTo("online")));
        assertEquals(List.of(), CardOverlaps.problems(map));
    }

    @Test
    void whereADragShowsItsCardsLandingInACrowdedCellIsWhereTheMovePutsThem() {
        JourneyMap map = MedicalClinicMap.build();
        // Three cards dragged onto the four cards of the "decide" cell, all asking for its top-left corner.
        Map<String, Placement> wanted = new LinkedHashMap<>();
        wanted.put("tp-ad", new Placement("decide", "offline", 0, 0));
        wanted.put("tp-page", new Placement("decide", "offline", 20, 10));
        wanted.put("tp-chat", new Placement("decide", "offline", 180, 90));
        FreeSpace othersAtDragStart = FreeSpace.of(map, wanted.keySet());

        Map<String, Placement> shown = MoveTouchpoints.landings(othersAtDragStart, wanted);
        Map<String, Placement> shownAgain = MoveTouchpoints.landings(othersAtDragStart, wanted);
        new CommandStack(map).execute(new MoveTouchpoints(wanted));

        wanted.keySet().forEach(id -> assertEquals(shown.get(id), Placement.of(map.touchpoint(id)), id));
        assertEquals(shown, shownAgain, "asking where the cards land takes no room from the next move of the drag");
        assertNotEquals(wanted, shown, "the cell was crowded, so the cards went aside");
        assertEquals(List.of(), CardOverlaps.problems(map));
    }

    @Test
    void cardsMovedTogetherOntoOneSpotAreSetBelowEachOther() {
        JourneyMap map = MedicalClinicMap.build();
        Placement spot = new Placement("awareness", "offline", 0, 0);
        new CommandStack(map).execute(new MoveTouchpoints(Map.of("tp-ad", spot, "tp-search", spot)));

        assertEquals(List.of(), CardOverlaps.problems(map));
        double first = Math.min(map.touchpoint("tp-ad").y(), map.touchpoint("tp-search").y());
        double second = Math.max(map.touchpoint("tp-ad").y(), map.touchpoint("tp-search").y());
        assertEquals(0, first);
        assertEquals(72 + CardFootprint.GAP, second);
    }

    @Test
    void aCardMovedOntoAnotherGoesToTheNearestFreeSpotAndTheOtherStays() {
        JourneyMap map = MedicalClinicMap.build();
        new CommandStack(map).execute(MoveTouchpoints.of("tp-page", new Placement("awareness", "online", 10, 5)));

        assertEquals(new Placement("awareness", "online", 0, 0), Placement.of(map.touchpoint("tp-ad")));
        assertEquals(List.of(), CardOverlaps.problems(map));
    }

    @Test
    void aNewCardAskedToGoOverAnotherGoesBesideIt() {
        JourneyMap map = MedicalClinicMap.build();
        AddTouchpoint add = AddTouchpoint.newCard(map, "New", ChannelCatalog.resolve(ChannelCatalog.OTHER),
                new Placement("awareness", "online", 0, 0));
        new CommandStack(map).execute(add);

        assertEquals(List.of(), CardOverlaps.problems(map));
        Touchpoint added = map.touchpoint(add.touchpointId());
        assertEquals("awareness", added.stageId());
        assertEquals("online", added.laneId());
    }

    @Test
    void duplicatesGoToFreeSpaceNotOverTheCardBelowTheOriginal() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);
        for (int i = 0; i < 3; i++) {
            stack.execute(PasteCards.plan(map, CopiedCards.of(map, List.of("tp-ad", "tp-search"))).orElseThrow()
                    .command());
        }
        assertEquals(List.of(), CardOverlaps.problems(map));
        assertEquals(new Placement("awareness", "online", 0, 0), Placement.of(map.touchpoint("tp-ad")));
        assertEquals(new Placement("awareness", "online", 0, 90), Placement.of(map.touchpoint("tp-search")));
    }
}
