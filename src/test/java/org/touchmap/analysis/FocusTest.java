package org.touchmap.analysis;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class FocusTest {

    private static Maps sample() {
        Maps maps = Maps.withStages(3);
        maps.map().addLane(new Lane("staff", "Staff"));
        maps.card("ad", "s1", Rating.POSITIVE);
        maps.card("call", "s2", Rating.NEGATIVE).setKeyPoint(true);
        maps.card("visit", "s3", Rating.UNRATED);
        maps.card("bill", "s3", Rating.NEGATIVE);
        Touchpoint desk = maps.card("desk", "s2", Rating.NEUTRAL);
        desk.setLaneId("staff");
        maps.chain("path", "ad", "call", "visit", "call");
        return maps;
    }

    @Test
    void keepsTheCardsOfEachKindInMapOrder() {
        Maps maps = sample();

        assertEquals(List.of("call", "bill"), List.copyOf(Focus.negative().keptTouchpoints(maps.map())));
        assertEquals(Set.of("visit"), Focus.unrated().keptTouchpoints(maps.map()));
        assertEquals(Set.of("call"), Focus.keyPoints().keptTouchpoints(maps.map()));
        assertEquals(List.of("ad", "call", "visit"), List.copyOf(Focus.chain("path").keptTouchpoints(maps.map())),
                "a card the chain visits twice is kept once");
        assertEquals(Set.of("desk"), Focus.lane("staff").keptTouchpoints(maps.map()));
    }

    @Test
    void aLaneKindFocusKeepsTheCardsAndNotesOfEveryLaneOfThatKindAndNoOther() {
        Maps maps = Maps.withStages(1);
        for (String id : List.of("pains-a", "pains-b", "ideas")) {
            org.touchmap.model.Lane lane = new org.touchmap.model.Lane(id, id);
            lane.setKind(id.equals("ideas") ? org.touchmap.model.LaneKind.OPPORTUNITIES
                    : org.touchmap.model.LaneKind.PAIN_POINTS);
            maps.map().addLane(lane);
            maps.map().addNote(new org.touchmap.model.Note("n-" + id, id, "s1", id));
        }
        maps.card("card", "s1", Rating.NEGATIVE);
        Focus pains = Focus.laneKind(org.touchmap.model.LaneKind.PAIN_POINTS);

        assertEquals(Set.of("n-pains-a", "n-pains-b"), pains.keptNotes(maps.map()));
        assertEquals(Set.of(), pains.keptTouchpoints(maps.map()), "the card is in a lane of touchpoints");
        assertEquals(Set.of("card"),
                Focus.laneKind(org.touchmap.model.LaneKind.TOUCHPOINTS).keptTouchpoints(maps.map()));
        assertEquals(Set.of(), Focus.negative().keptNotes(maps.map()), "a focus on cards keeps no note");
        assertTrue(pains.appliesTo(maps.map()));
        assertFalse(Focus.laneKind(org.touchmap.model.LaneKind.BACKSTAGE).appliesTo(maps.map()),
                "no lane of that kind: nothing to keep");
    }

    @Test
    void followsEditsBecauseItNamesWhatItKeepsNotTheCards() {
        Maps maps = sample();
        Focus negative = Focus.negative();
        assertFalse(negative.keptTouchpoints(maps.map()).contains("ad"));

        maps.map().touchpoint("ad").setRating(Rating.NEGATIVE);

        assertTrue(negative.keptTouchpoints(maps.map()).contains("ad"));
    }

    @Test
    void aFocusOnADeletedChainOrLaneNoLongerApplies() {
        Maps maps = sample();

        assertTrue(Focus.chain("path").appliesTo(maps.map()));
        assertFalse(Focus.chain("gone").appliesTo(maps.map()));
        assertFalse(Focus.lane("gone").appliesTo(maps.map()));
        assertTrue(Focus.negative().appliesTo(maps.map()));
        assertEquals(Set.of(), Focus.chain("gone").keptTouchpoints(maps.map()));
    }

    @Test
    void aChainOrLaneFocusMustNameItsElementAndNoOtherMay() {
        assertThrows(IllegalArgumentException.class, () -> new Focus(Focus.Kind.CHAIN, ""));
        assertThrows(IllegalArgumentException.class, () -> new Focus(Focus.Kind.NEGATIVE, "path"));
    }
}
