package org.touchmap.edit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardFootprint;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class PasteCardsTest {

    @Test
    void copyTakesTheCardsAndOnlyTheLinksBetweenThem() {
        JourneyMap map = SmallMap.build();
        CopiedCards copied = CopiedCards.of(map, List.of("b", "a", "c", "missing"));
        assertEquals(List.of("a", "b", "c"), copied.cards().stream().map(Touchpoint::id).toList(), "map order");
        assertEquals(1, copied.chains().size(), "back links d→a, and d is not copied");
        assertEquals(List.of(new ChainLink("a", "b"), new ChainLink("b", "c"), new ChainLink("c", "b")),
                copied.chains().get(0).links());
        assertNull(copied.chains().get(0).nextChainId());

        map.touchpoint("a").setName("Changed later");
        assertEquals("Card A", copied.cards().get(0).name(), "the copy does not follow the map");
    }

    @Test
    void duplicateAddsNewCardsBelowTheOriginalsWithTheirLinksAsOneUndoStep() {
        JourneyMap map = SmallMap.build();
        JourneyMap before = map.copy();
        CommandStack stack = new CommandStack(map);
        PasteCards.Plan plan = PasteCards.plan(map, CopiedCards.of(map, List.of("a", "b"))).orElseThrow();
        stack.execute(plan.command());

        assertEquals(2, plan.newCardIds().size());
        assertTrue(plan.newCardIds().stream().noneMatch(before.allIds()::contains), "new ids");
        Touchpoint newA = map.touchpoint(plan.newCardIds().get(0));
        assertEquals("Card A", newA.name());
        assertEquals(new Placement("s1", "l1", 0, 72 + CardFootprint.GAP), Placement.of(newA));
        List<ChainLink> main = map.chain("main").links();
        assertEquals(new ChainLink(plan.newCardIds().get(0), plan.newCardIds().get(1)), main.get(main.size() - 1));
        assertEquals(List.of(), MapInvariants.problems(map));
        assertEquals("Paste 2 cards", stack.undoDescription().orElseThrow().text(Locale.ENGLISH));

        stack.undo();
        assertEquals(before, map);
    }

    @Test
    void pasteIntoAChosenStageKeepsEachCardsLaneAndFindsFreeSpaceThere() {
        JourneyMap map = SmallMap.build();
        CommandStack stack = new CommandStack(map);
        String target = map.stages().get(map.stages().size() - 1).id();
        PasteCards.Plan plan = PasteCards.plan(map, CopiedCards.of(map, List.of("a", "b")), target).orElseThrow();
        stack.execute(plan.command());

        for (int i = 0; i < 2; i++) {
            Touchpoint pasted = map.touchpoint(plan.newCardIds().get(i));
            assertEquals(target, pasted.stageId());
            assertEquals(map.touchpoint(i == 0 ? "a" : "b").laneId(), pasted.laneId());
        }
        assertEquals(List.of(), MapInvariants.problems(map));
    }

    @Test
    void pastingTheSameCardsAgainGoesFurtherDown() {
        JourneyMap map = SmallMap.build();
        CopiedCards copied = CopiedCards.of(map, List.of("a"));
        CommandStack stack = new CommandStack(map);
        stack.execute(PasteCards.plan(map, copied).orElseThrow().command());
        PasteCards.Plan second = PasteCards.plan(map, copied).orElseThrow();
        stack.execute(second.command());
        Touchpoint pasted = map.touchpoint(second.newCardIds().get(0));
        assertEquals(0, pasted.x());
        assertEquals(2 * (72 + CardFootprint.GAP), pasted.y());
        assertEquals("Paste card \"Card A\"", stack.undoDescription().orElseThrow().text(Locale.ENGLISH));
    }

    @Test
    void pasteIntoAnotherMapUsesTheFirstStageAndLaneWhenTheIdsAreMissingAndMakesTheChain() {
        JourneyMap source = SmallMap.build();
        CopiedCards copied = CopiedCards.of(source, List.of("b", "c"));
        JourneyMap other = new JourneyMap("Other");
        other.addStage(new Stage("x1", "Elsewhere"));
        other.addStage(new Stage("s2", "Same id"));
        other.addLane(new Lane("y1", "Lane"));
        CommandStack stack = new CommandStack(other);
        PasteCards.Plan plan = PasteCards.plan(other, copied).orElseThrow();
        stack.execute(plan.command());

        Touchpoint b = other.touchpoint(plan.newCardIds().get(0));
        Touchpoint c = other.touchpoint(plan.newCardIds().get(1));
        assertEquals("s2", b.stageId(), "the stage id exists in the other map");
        assertEquals("y1", b.laneId(), "lane l1 does not, so the first lane");
        assertEquals(new Placement("s2", "y1", 0, 90), Placement.of(c), "nothing to avoid: no shift");
        assertEquals(1, other.chains().size());
        assertEquals("main", other.chains().get(0).id());
        assertEquals(Set.of(new ChainLink(b.id(), c.id()), new ChainLink(c.id(), b.id())),
                Set.copyOf(other.chains().get(0).links()));
        assertEquals(List.of(), MapInvariants.problems(other));
        stack.undo();
        assertTrue(other.touchpoints().isEmpty());
        assertTrue(other.chains().isEmpty());
    }

    @Test
    void nothingToPasteOrNowhereToPasteGivesNoPlan() {
        JourneyMap map = SmallMap.build();
        assertTrue(PasteCards.plan(map, CopiedCards.of(map, List.of())).isEmpty());
        assertTrue(PasteCards.plan(new JourneyMap("Blank"), CopiedCards.of(map, List.of("a"))).isEmpty());
    }
}
