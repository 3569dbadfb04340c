package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * The differences between two maps' touchpoints, e.g. a map before and after a workshop, or our
 * map and a competitor's. Cards are matched by id first; cards still unmatched are matched by name
 * within the same stage (names compared without case and spaces; stages matched by id, then by
 * name), pairing duplicates in card order. Unchanged cards are not listed.
 *
 * <p>Changes are ordered by where the card is in the map after (stage order, then card order);
 * removed cards follow, in the order of the map before.
 */
public final class MapDiff {
    private final JourneyMap before;
    private final JourneyMap after;
    /** Stage id in the map before to the id of the same stage in the map after. */
    private final Map<String, String> stageInAfter;
    /** Matched cards: a card of the map before to its card in the map after. */
    private final Map<Touchpoint, Touchpoint> matches = new IdentityHashMap<>();

    private MapDiff(JourneyMap before, JourneyMap after) {
        this.before = before;
        this.after = after;
        this.stageInAfter = StageMatch.of(before, after);
    }

    /** Every change from {@code before} to {@code after}, in the order described above. */
    public static List<TouchpointChange> between(JourneyMap before, JourneyMap after) {
        MapDiff diff = new MapDiff(before, after);
        diff.matchById();
        diff.matchByNameInStage();
        return diff.changes();
    }

    /** Names that a person would call the same: case and white space do not count. */
    static String sameNameKey(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private void matchById() {
        for (Touchpoint card : before.touchpoints()) {
            after.findTouchpoint(card.id()).ifPresent(match -> matches.put(card, match));
        }
    }

    private void matchByNameInStage() {
        Map<String, List<Touchpoint>> unmatchedAfter = new HashMap<>();
        Set<Touchpoint> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(matches.values());
        for (Touchpoint card : after.touchpoints()) {
            if (!taken.contains(card)) {
                unmatchedAfter.computeIfAbsent(key(card.stageId(), card.name()), k -> new ArrayList<>()).add(card);
            }
        }
        for (Touchpoint card : before.touchpoints()) {
            String stage = stageInAfter.get(card.stageId());
            if (matches.containsKey(card) || stage == null) {
                continue;
            }
            List<Touchpoint> candidates = unmatchedAfter.get(key(stage, card.name()));
            if (candidates != null && !candidates.isEmpty()) {
                matches.put(card, candidates.remove(0));
            }
        }
    }

    private static String key(String stageId, String name) {
        return stageId + "\n" + sameNameKey(name);
    }

    private List<TouchpointChange> changes() {
        List<Ordered> changes = new ArrayList<>();
        Map<Touchpoint, Touchpoint> matchedAfter = new IdentityHashMap<>();
        matches.forEach((b, a) -> matchedAfter.put(a, b));
        // Positions are counted here: looking each card up in its list would make large maps slow.
        List<Touchpoint> afterCards = after.touchpoints();
        for (int i = 0; i < afterCards.size(); i++) {
            Touchpoint card = afterCards.get(i);
            Touchpoint old = matchedAfter.get(card);
            CardState now = CardState.of(after, card);
            int[] at = {0, after.stageIndex(card.stageId()), i};
            if (old == null) {
                changes.add(new Ordered(new TouchpointChange(ChangeKind.ADDED, null, now), at));
                continue;
            }
            CardState then = CardState.of(before, old);
            if (!sameStage(old, card)) {
                changes.add(new Ordered(new TouchpointChange(ChangeKind.MOVED_STAGE, then, now), at));
            }
            if (old.rating() != card.rating()) {
                changes.add(new Ordered(new TouchpointChange(ChangeKind.RERATED, then, now), at));
            }
            if (old.id().equals(card.id()) && !old.name().equals(card.name())) {
                changes.add(new Ordered(new TouchpointChange(ChangeKind.RENAMED, then, now), at));
            }
            if (!then.textsChangedIn(now).isEmpty()) {
                changes.add(new Ordered(new TouchpointChange(ChangeKind.EDITED, then, now), at));
            }
        }
        List<Touchpoint> beforeCards = before.touchpoints();
        for (int i = 0; i < beforeCards.size(); i++) {
            Touchpoint card = beforeCards.get(i);
            if (!matches.containsKey(card)) {
                int[] at = {1, before.stageIndex(card.stageId()), i};
                changes.add(new Ordered(new TouchpointChange(ChangeKind.REMOVED, CardState.of(before, card), null), at));
            }
        }
        changes.sort(Ordered.ORDER);
        return changes.stream().map(Ordered::change).toList();
    }

    /** Whether the two matched cards sit in stages that correspond, by id or else by name. */
    private boolean sameStage(Touchpoint old, Touchpoint card) {
        return card.stageId().equals(stageInAfter.get(old.stageId()));
    }

    private record Ordered(TouchpointChange change, int[] position) {
        static final Comparator<Ordered> ORDER = Comparator.<Ordered>comparingInt(o -> o.position[0])
                .thenComparingInt(o -> o.position[1])
                .thenComparingInt(o -> o.position[2])
                .thenComparing(o -> o.change.kind());
    }
}
