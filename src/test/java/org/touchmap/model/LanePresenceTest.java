package org.touchmap.model;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class LanePresenceTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Online, Offline", "Онлайн, Офлайн", "Онлайн, Оффлайн", "Онлајн, Офлајн", "Onlajn, Oflajn",
            "On-line touchpoints, Off-line touchpoints", "ONLINE, offline"})
    void theOnlineOfflinePairIsRecognisedInEveryLanguage(String onlineName, String offlineName) {
        JourneyMap map = new JourneyMap("Lanes");
        map.addLane(new Lane("x", onlineName));
        map.addLane(new Lane("y", offlineName));
        map.addLane(new Lane("notes", "Thoughts"));

        assertEquals(Optional.of(Presence.ONLINE), LanePresence.of(map, "x"));
        assertEquals(Optional.of(Presence.OFFLINE), LanePresence.of(map, "y"));
        assertEquals(Optional.empty(), LanePresence.of(map, "notes"));
        assertTrue(LanePresence.decides(map));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Online, Web", "Staff, Offline", "Online and offline, Other"})
    void lanesThatAreNotThePairDecideNothing(String first, String second) {
        JourneyMap map = new JourneyMap("Lanes");
        map.addLane(new Lane("x", first));
        map.addLane(new Lane("y", second));

        assertEquals(Optional.empty(), LanePresence.of(map, "x"));
        assertEquals(Optional.empty(), LanePresence.of(map, "y"));
        assertFalse(LanePresence.decides(map));
    }
}
