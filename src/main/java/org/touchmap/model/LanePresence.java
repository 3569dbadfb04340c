package org.touchmap.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online or offline as the lanes say it. When a map's lanes include the Online/Offline pair — exactly one lane
 * named online and exactly one named offline, in English, Russian or Serbian ("Online", "Онлайн", "Онлајн",
 * "Offline", "Офлайн", "Оффлайн", "Офлајн", also Serbian Latin and with a hyphen or more words such as
 * "Online touchpoints") — a card in one of them is online or offline by its lane, and its presence follows
 * when it moves, and when lanes are renamed, added or deleted so that the pair forms. Every map a command
 * leaves keeps this, and a map read from a file gets it on load. The lane's name decides, not its id, since the name is what the person sees and may change.
 * Any other lane, or a map with two lanes named online, decides nothing.
 */
public final class LanePresence {
    private static final Set<String> ONLINE = Set.of("online", "онлайн", "онлајн", "onlajn");
    private static final Set<String> OFFLINE = Set.of("offline", "офлайн", "оффлайн", "офлајн", "oflajn", "offlajn");

    private LanePresence() {
    }

    /** The presence the lane gives its cards, or empty when the lanes do not decide it. */
    public static Optional<Presence> of(JourneyMap map, String laneId) {
        return Optional.ofNullable(deciding(map).get(laneId));
    }

    /**
     * Sets every card in a lane that decides it to the lane's presence: what a map read from a file
     * gets, so a card written by an older version or by hand never says online in the Offline lane.
     */
    public static void applyTo(JourneyMap map) {
        Map<String, Presence> lanes = deciding(map);
        for (Touchpoint card : stale(map, lanes)) {
            card.setPresence(lanes.get(card.laneId()));
        }
    }

    /** The cards whose presence is not the one their lane gives them; empty when every card follows its lane. */
    public static List<Touchpoint> staleCards(JourneyMap map) {
        return stale(map, deciding(map));
    }

    /** Whether the map's lanes include the Online/Offline pair. */
    public static boolean decides(JourneyMap map) {
        return !deciding(map).isEmpty();
    }

    private static List<Touchpoint> stale(JourneyMap map, Map<String, Presence> lanes) {
        if (lanes.isEmpty()) {
            return List.of();
        }
        return map.touchpoints().stream()
                .filter(card -> lanes.containsKey(card.laneId()) && card.presence() != lanes.get(card.laneId()))
                .toList();
    }

    /** The presence each deciding lane gives, by lane id: the Online/Offline pair, or nothing. */
    private static Map<String, Presence> deciding(JourneyMap map) {
        Map<String, Presence> lanes = new HashMap<>();
        long online = 0;
        long offline = 0;
        for (Lane lane : map.lanes()) {
            Optional<Presence> presence = named(lane.name());
            if (presence.isPresent()) {
                lanes.put(lane.id(), presence.get());
                if (presence.get() == Presence.ONLINE) {
                    online++;
                } else {
                    offline++;
                }
            }
        }
        return online == 1 && offline == 1 ? lanes : Map.of();
    }

    /** What a lane's name alone says: online, offline, or nothing (also when it says both). */
    static Optional<Presence> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> words = ChannelGuess.tokens(name.replace("-", ""));
        boolean online = words.stream().anyMatch(ONLINE::contains);
        boolean offline = words.stream().anyMatch(OFFLINE::contains);
        if (online == offline) {
            return Optional.empty();
        }
        return Optional.of(online ? Presence.ONLINE : Presence.OFFLINE);
    }
}
