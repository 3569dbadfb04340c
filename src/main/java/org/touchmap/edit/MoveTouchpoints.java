package org.touchmap.edit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

/**
 * Puts one or more cards in new places: stage, lane and position; a card whose place is taken
 * goes to the nearest free space of that cell ({@link FreeSpace}), so no card hides another.
 * A drag sends one of these for every mouse move; consecutive moves of the same set of cards merge into one undo step that
 * goes back to where the drag began. A card moved into a lane that decides online/offline (see
 * {@link LanePresence}) takes the lane's presence in the same step.
 */
public final class MoveTouchpoints implements Command {
    private final Map<String, Placement> targets;
    /** Where the cards were before; captured on execute; a merged move starts with the first move's. */
    private Map<String, Placement> origins = Map.of();
    /** Online/offline of the cards before; captured with {@link #origins}. */
    private Map<String, Presence> presences = Map.of();
    /**
     * Online/offline of the cards after the first execution, which a redo gives again: a drag
     * merged from many moves may have crossed the Offline lane on its way to a lane that does not
     * decide, and a redo that goes straight there must end as the drag did.
     */
    private Map<String, Presence> presencesAfter;
    private String label;

    /** Moves each card (by id) to its placement; the map's iteration order is kept. */
    public MoveTouchpoints(Map<String, Placement> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("No cards to move");
        }
        this.targets = new LinkedHashMap<>(targets);
        this.label = targets.keySet().iterator().next();
    }

    public static MoveTouchpoints of(String touchpointId, Placement placement) {
        return new MoveTouchpoints(Map.of(touchpointId, placement));
    }

    /** Moves the cards by the same distance within their cells, e.g. an arrow-key nudge. */
    public static MoveTouchpoints by(JourneyMap map, Collection<String> touchpointIds, double dx, double dy) {
        Map<String, Placement> targets = new LinkedHashMap<>();
        for (String id : touchpointIds) {
            targets.put(id, Placement.of(map.touchpoint(id)).movedBy(dx, dy));
        }
        return new MoveTouchpoints(targets);
    }

    /** Puts the cards into another stage, keeping their lane and position in the cell. */
    public static MoveTouchpoints toStage(JourneyMap map, Collection<String> touchpointIds, String stageId) {
        Map<String, Placement> targets = new LinkedHashMap<>();
        for (String id : touchpointIds) {
            targets.put(id, Placement.of(map.touchpoint(id)).inStage(stageId));
        }
        return new MoveTouchpoints(targets);
    }

    /** Puts the cards into another lane, keeping their stage and position in the cell. */
    public static MoveTouchpoints toLane(JourneyMap map, Collection<String> touchpointIds, String laneId) {
        Map<String, Placement> targets = new LinkedHashMap<>();
        for (String id : touchpointIds) {
            targets.put(id, Placement.of(map.touchpoint(id)).inLane(laneId));
        }
        return new MoveTouchpoints(targets);
    }

    /**
     * Where cards asked to go to {@code wanted} land, in its order: each at its spot when that is free,
     * else in the nearest free space of its cell ({@link FreeSpace}), among the cards of {@code others}
     * (which is left as it is) and those placed before it. The move puts them exactly there, and a drag
     * shows them there while it runs, so what a drag shows is what the drop does.
     */
    public static Map<String, Placement> landings(FreeSpace others, Map<String, Placement> wanted) {
        FreeSpace space = others.fork();
        Map<String, Placement> landings = new LinkedHashMap<>();
        wanted.forEach((id, placement) -> landings.put(id, space.take(placement)));
        return landings;
    }

    /** The cards and where this command asks to put them (see {@link #landings} for where they land). */
    public Map<String, Placement> targets() {
        return Collections.unmodifiableMap(targets);
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return targets.entrySet().stream().allMatch(e -> map.hasTouchpoint(e.getKey())
                && map.findStage(e.getValue().stageId()).isPresent()
                && CardLanes.takesCards(map, e.getValue().laneId()));
    }

    @Override
    public void execute(JourneyMap map) {
        Map<String, Placement> before = new LinkedHashMap<>();
        Map<String, Presence> presenceBefore = new LinkedHashMap<>();
        landings(FreeSpace.of(map, targets.keySet()), targets).forEach((id, placement) -> {
            Touchpoint card = map.touchpoint(id);
            before.put(id, Placement.of(card));
            presenceBefore.put(id, card.presence());
            placement.applyTo(card);
            LanePresence.of(map, placement.laneId()).ifPresent(card::setPresence);
        });
        origins = before;
        presences = presenceBefore;
        if (presencesAfter == null) {
            presencesAfter = new LinkedHashMap<>();
            targets.keySet().forEach(id -> presencesAfter.put(id, map.touchpoint(id).presence()));
        } else {
            presencesAfter.forEach((id, presence) -> map.touchpoint(id).setPresence(presence));
        }
        if (targets.size() == 1) {
            label = map.touchpoint(targets.keySet().iterator().next()).name();
        }
    }

    @Override
    public void undo(JourneyMap map) {
        origins.forEach((id, placement) -> placement.applyTo(map.touchpoint(id)));
        presences.forEach((id, presence) -> map.touchpoint(id).setPresence(presence));
    }

    /** Merges with a move of exactly the same cards; the result undoes to this move's origins. */
    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof MoveTouchpoints move && move.targets.keySet().equals(targets.keySet())) {
            MoveTouchpoints merged = new MoveTouchpoints(move.targets);
            merged.origins = origins;
            merged.presences = presences;
            merged.presencesAfter = move.presencesAfter;
            merged.label = label;
            return Optional.of(merged);
        }
        return Optional.empty();
    }

    @Override
    public Description description() {
        return targets.size() == 1
                ? Description.of("touchpoint.move", label)
                : Description.of("touchpoints.move", targets.size());
    }
}
