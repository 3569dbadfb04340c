package org.touchmap.edit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class FreeSpaceTest {
    private static final double BELOW = CardFootprint.HEIGHT + CardFootprint.GAP;
    private static final double RIGHT = CardFootprint.WIDTH + CardFootprint.GAP;

    @Test
    void aFreeSpotIsKeptExactly() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt());
        assertEquals(at(37, 11), space.take(at(37, 11)));
    }

    @Test
    void aCardMayTouchAnotherButNotCoverIt() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(0, 0));
        assertTrue(space.isFree(at(0, CardFootprint.HEIGHT)));
        assertTrue(space.isFree(at(CardFootprint.WIDTH, 0)));
        assertFalse(space.isFree(at(CardFootprint.WIDTH - 1, CardFootprint.HEIGHT - 1)));
    }

    @Test
    void aCardAskedOntoAnotherGoesBelowItWithAnArrowsRoom() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(0, 0));
        assertEquals(at(0, BELOW), space.take(at(0, 0)));
    }

    @Test
    void aForkSeesTheCardsOfItsSpaceButTakesNoRoomFromIt() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(0, 0));
        FreeSpace fork = space.fork();

        assertEquals(at(0, BELOW), fork.take(at(0, 0)), "the fork sees the card of the space it came from");
        assertFalse(fork.isFree(at(0, BELOW)));
        assertTrue(space.isFree(at(0, BELOW)), "what the fork took is still free in the space");
        assertEquals(at(0, BELOW), space.fork().take(at(0, 0)), "a second fork starts from the space again");
    }

    @Test
    void aSpotIsTakenIfFreeAndOnlyThen() {
        FreeSpace space = FreeSpace.empty();
        assertTrue(space.takeIfFree(at(0, 0)));
        assertFalse(space.takeIfFree(at(10, 10)));
        assertTrue(space.takeIfFree(at(0, CardFootprint.HEIGHT)), "touching is allowed");
    }

    @Test
    void aTakenSpotIsNotGivenTwice() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt());
        assertEquals(at(0, 0), space.take(at(0, 0)));
        assertEquals(at(0, BELOW), space.take(at(0, 0)));
        assertEquals(at(0, 2 * BELOW), space.take(at(0, 0)));
    }

    @Test
    void aFullColumnSendsTheCardToTheSideWhenThatIsNearer() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(0, 0, 0, BELOW, 0, 2 * BELOW, 0, 3 * BELOW));
        assertEquals(at(RIGHT, BELOW), space.take(at(0, BELOW)));
    }

    @Test
    void cardsAboutToMoveLeaveTheirRoomFree() {
        JourneyMap map = mapWithCardsAt(0, 0);
        assertEquals(at(0, 0), FreeSpace.of(map, List.of("c0")).take(at(0, 0)));
    }

    @Test
    void otherCellsDoNotCount() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(0, 0));
        Placement otherCell = new Placement("s1", "l2", 0, 0);
        assertEquals(otherCell, space.take(otherCell));
    }

    @Test
    void aCardLeftOfTheCellCountsWhereItIsDrawn() {
        FreeSpace space = FreeSpace.of(mapWithCardsAt(-50, -20));
        assertFalse(space.isFree(at(10, 10)));
    }

    private static Placement at(double x, double y) {
        return new Placement("s1", "l1", x, y);
    }

    private static JourneyMap mapWithCardsAt(double... xy) {
        JourneyMap map = new JourneyMap("Cells");
        map.addStage(new Stage("s1", "First"));
        map.addLane(new Lane("l1", "Online"));
        map.addLane(new Lane("l2", "Offline"));
        for (int i = 0; i < xy.length; i += 2) {
            Touchpoint card = new Touchpoint("c" + i / 2, "Card " + i / 2, "s1", "l1");
            card.setX(xy[i]);
            card.setY(xy[i + 1]);
            map.addTouchpoint(card);
        }
        return map;
    }
}
