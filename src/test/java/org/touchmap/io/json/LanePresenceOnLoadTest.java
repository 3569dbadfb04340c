package org.touchmap.io.json;

import org.touchmap.io.MapFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A card written as online in the Offline lane opens offline, as moving it there would have made it. */
class LanePresenceOnLoadTest {
    @TempDir
    Path folder;

    @Test
    void aCardInTheOfflineLaneOpensOfflineWhateverTheFileSays() throws Exception {
        JourneyMap map = MapFiles.load(write("Online", "Offline", "offline-lane"));
        assertEquals(Presence.OFFLINE, map.touchpoint("t1").presence());
    }

    @Test
    void lanesThatDoNotDecideKeepWhatTheFileSays() throws Exception {
        JourneyMap map = MapFiles.load(write("Customers", "Staff", "offline-lane"));
        assertEquals(Presence.ONLINE, map.touchpoint("t1").presence());
    }

    private Path write(String firstLane, String secondLane, String cardLane) throws Exception {
        String json = """
                {
                  "format": "touchmap",
                  "formatVersion": 1,
                  "title": "Bakery",
                  "stages": [{"id": "s1", "name": "Purchase"}],
                  "lanes": [{"id": "online-lane", "name": "%s"}, {"id": "offline-lane", "name": "%s"}],
                  "touchpoints": [{"id": "t1", "name": "Card payment", "stage": "s1", "lane": "%s",
                                   "x": 0, "y": 0, "channel": "web-page", "presence": "online"}],
                  "chains": []
                }
                """.formatted(firstLane, secondLane, cardLane);
        Path file = folder.resolve("bakery.cjm");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
