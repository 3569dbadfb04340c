package org.touchmap.analysis;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class RevealOrderTest {

    @Test
    void stageByStageStartsWithNoCardsAndOpensOneColumnPerStep() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.NEGATIVE);
        maps.card("c", "s1", Rating.NEUTRAL);
        maps.card("d", "s3", Rating.NEUTRAL);

        RevealOrder order = RevealOrder.byStage(maps.map());

        assertEquals(3, order.lastIndex());
        assertTrue(order.chainId().isEmpty());
        assertEquals(Set.of(), order.step(0).visibleTouchpointIds());
        assertNull(order.step(0).stageId());
        assertEquals(Set.of("a", "c"), order.step(1).visibleTouchpointIds());
        assertEquals(List.of("a", "c"), order.step(1).spotlight());
        assertEquals("s1", order.step(1).stageId());
        assertEquals(Set.of("a", "b", "c"), order.step(2).visibleTouchpointIds());
        assertEquals(List.of("b"), order.step(2).spotlight());
        assertEquals(Set.of("a", "b", "c", "d"), order.step(3).visibleTouchpointIds());
    }

    @Test
    void theNotesOfAStageComeInWithItsStageAndAlongAChainWithItsFirstCardThere() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s3", Rating.POSITIVE);
        maps.card("b", "s1", Rating.NEGATIVE);
        maps.chain("x", "a", "b");

        RevealOrder byStage = RevealOrder.byStage(maps.map());
        assertFalse(byStage.step(0).opens("s1"), "the start shows no stage's notes");
        assertEquals(List.of(true, false), List.of(byStage.step(1).opens("s1"), byStage.step(1).opens("s2")));
        assertTrue(byStage.step(2).opens("s2"), "a stage without cards opens its notes too");
        assertTrue(byStage.step(3).opens("s1"), "opened stages stay open");

        RevealOrder chain = RevealOrder.alongChain(maps.map(), "x");
        assertEquals(List.of(false, true), List.of(chain.step(1).opens("s1"), chain.step(1).opens("s3")));
        assertTrue(chain.step(2).opens("s1"));
        assertFalse(chain.step(2).opens("s2"), "a stage the chain never reaches keeps its notes hidden");
    }

    @Test
    void anEmptyStageStillGetsItsOwnStep() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("c", "s3", Rating.POSITIVE);

        RevealOrder order = RevealOrder.byStage(maps.map());

        assertEquals(3, order.lastIndex());
        assertEquals("s2", order.step(2).stageId());
        assertEquals(List.of(), order.step(2).spotlight());
        assertTrue(order.step(2).newest().isEmpty());
        assertEquals(Set.of("a"), order.step(2).visibleTouchpointIds());
    }

    @Test
    void stageByStageDrawsEveryArrowWhoseCardsAreBothShown() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s1", Rating.POSITIVE);
        maps.card("c", "s2", Rating.POSITIVE);
        maps.chain("x", "a", "b", "c");

        RevealStep first = RevealOrder.byStage(maps.map()).step(1);

        assertTrue(first.showsArrow("x", 0, "a", "b"));
        assertFalse(first.showsArrow("x", 1, "b", "c"));
    }

    @Test
    void alongAChainEachStepAddsTheNextCardAndItsArrowInLinkOrder() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s3", Rating.POSITIVE);
        maps.card("b", "s1", Rating.NEGATIVE);
        maps.card("c", "s2", Rating.NEUTRAL);
        maps.card("other", "s1", Rating.NEUTRAL);
        maps.chain("x", "a", "b", "c");

        RevealOrder order = RevealOrder.alongChain(maps.map(), "x");

        assertEquals("x", order.chainId().orElseThrow());
        assertEquals(3, order.lastIndex());
        assertEquals(Set.of(), order.step(0).visibleTouchpointIds());
        assertEquals("a", order.step(1).newest().orElseThrow());
        assertEquals(List.of("a", "b"), List.copyOf(order.step(2).visibleTouchpointIds()));
        assertEquals("b", order.step(2).newest().orElseThrow());
        assertTrue(order.step(2).showsArrow("x", 0, "a", "b"));
        assertFalse(order.step(2).showsArrow("x", 1, "b", "c"), "the arrow to c comes with c");
        assertEquals(List.of("a", "b", "c"), List.copyOf(order.step(3).visibleTouchpointIds()));
        assertFalse(order.step(3).shows("other"), "cards outside the chain stay hidden");
    }

    @Test
    void alongAChainOtherChainsArrowsAndTheArrowIntoTheNextChainStayHidden() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s1", Rating.POSITIVE);
        maps.chain("x", "a", "b");
        maps.chain("y", "a", "b");

        RevealStep last = RevealOrder.alongChain(maps.map(), "x").step(2);

        assertTrue(last.showsArrow("x", 0, "a", "b"));
        assertFalse(last.showsArrow("y", 0, "a", "b"));
        assertFalse(last.showsArrow("x", -1, "b", "a"));
    }

    @Test
    void aChainThatLoopsBackPutsTheEarlierCardInTheSpotlightAgain() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.NEGATIVE);
        maps.chain("x", "a", "b", "a");

        RevealOrder order = RevealOrder.alongChain(maps.map(), "x");

        assertEquals(3, order.lastIndex());
        assertEquals("a", order.step(3).newest().orElseThrow());
        assertEquals(Set.of("a", "b"), order.step(3).visibleTouchpointIds());
        assertTrue(order.step(3).showsArrow("x", 1, "b", "a"), "the arrow back is the new part of the step");
        assertFalse(order.step(2).showsArrow("x", 1, "b", "a"));
    }

    @Test
    void aChainWithAGapShowsTheStartOfTheNextRunOnItsOwnStep() {
        Maps maps = Maps.withStages(1);
        for (String id : List.of("a", "b", "c", "d")) {
            maps.card(id, "s1", Rating.NEUTRAL);
        }
        Chain chain = new Chain("x", "x", "#336699");
        chain.addLink(new ChainLink("a", "b"));
        chain.addLink(new ChainLink("c", "d"));
        maps.map().addChain(chain);

        RevealOrder order = RevealOrder.alongChain(maps.map(), "x");

        assertEquals(4, order.lastIndex());
        assertEquals("c", order.step(3).newest().orElseThrow());
        assertFalse(order.step(3).showsArrow("x", 1, "c", "d"));
        assertTrue(order.step(4).showsArrow("x", 1, "c", "d"));
    }

    @Test
    void withoutAChainToWalkTheMapIsRevealedStageByStage() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.map().addChain(new Chain("empty", "Empty", "#336699"));
        JourneyMap map = maps.map();

        for (String chainId : new String[] {null, "missing", "empty"}) {
            RevealOrder order = RevealOrder.alongChain(map, chainId);
            assertTrue(order.chainId().isEmpty(), String.valueOf(chainId));
            assertEquals(2, order.lastIndex());
            assertEquals("s1", order.step(1).stageId());
        }
    }

    @Test
    void stepsOutsideTheRangeAreTheStartAndTheEnd() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.POSITIVE);
        RevealOrder order = RevealOrder.byStage(maps.map());

        assertEquals(0, order.step(-3).index());
        assertEquals(order.lastIndex(), order.step(99).index());
    }

    @Test
    void aMapWithoutStagesHasOnlyTheStart() {
        RevealOrder order = RevealOrder.byStage(new JourneyMap("empty"));

        assertEquals(0, order.lastIndex());
        assertEquals(Set.of(), order.step(0).visibleTouchpointIds());
    }
}
