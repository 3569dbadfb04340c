package org.touchmap.analysis;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * Which cards the person wants to look at now: only the negative ones, say, or one chain. The
 * other cards are faded on the canvas, never removed. A focus names what it keeps, not the cards
 * themselves, so it follows the map as it is edited: a card rated negative joins the "negative"
 * focus at once.
 *
 * @param kind      what is kept
 * @param elementId the chain or lane kept, for {@link Kind#CHAIN} and {@link Kind#LANE}; the lane kind as the
 *                  file names it ({@code painPoints}) for {@link Kind#LANE_KIND}; empty otherwise
 */
public record Focus(Kind kind, String elementId) {

    /** What a focus keeps. */
    public enum Kind {
        /** Cards rated negative. */
        NEGATIVE,
        /** Cards not rated yet. */
        UNRATED,
        /** Cards marked as key points. */
        KEY_POINTS,
        /** Cards one chain passes through. */
        CHAIN,
        /** Cards and notes in one lane. */
        LANE,
        /** Cards and notes in the lanes of one kind: every lane of pain points, say, or the blueprint's backstage. */
        LANE_KIND
    }

    public Focus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
        boolean needsElement = kind != Kind.NEGATIVE && kind != Kind.UNRATED && kind != Kind.KEY_POINTS;
        if (needsElement == elementId.isEmpty()) {
            throw new IllegalArgumentException(needsElement
                    ? "A " + kind + " focus names its element" : "A " + kind + " focus names no element");
        }
    }

    public static Focus negative() {
        return new Focus(Kind.NEGATIVE, "");
    }

    public static Focus unrated() {
        return new Focus(Kind.UNRATED, "");
    }

    public static Focus keyPoints() {
        return new Focus(Kind.KEY_POINTS, "");
    }

    public static Focus chain(String chainId) {
        return new Focus(Kind.CHAIN, chainId);
    }

    public static Focus lane(String laneId) {
        return new Focus(Kind.LANE, laneId);
    }

    public static Focus laneKind(LaneKind laneKind) {
        return new Focus(Kind.LANE_KIND, laneKind.fileName());
    }

    /**
     * Whether the focus still means something in {@code map}: a chain or lane focus whose element
     * was deleted keeps nothing and is better cleared than left fading every card.
     */
    public boolean appliesTo(JourneyMap map) {
        return switch (kind) {
            case CHAIN -> map.findChain(elementId).isPresent();
            case LANE -> map.findLane(elementId).isPresent();
            case LANE_KIND -> map.lanes().stream().anyMatch(this::keepsLane);
            default -> true;
        };
    }

    /** Ids of the cards the focus keeps, in map order. */
    public Set<String> keptTouchpoints(JourneyMap map) {
        Set<String> kept = new LinkedHashSet<>();
        Predicate<Touchpoint> keeps = keeps(map);
        for (Touchpoint touchpoint : map.touchpoints()) {
            if (keeps.test(touchpoint)) {
                kept.add(touchpoint.id());
            }
        }
        return kept;
    }

    /**
     * Ids of the notes the focus keeps: those of the lane or the lanes of the kind kept. A focus on
     * cards (negative, a chain…) keeps no note, so the cards it keeps stand alone.
     */
    public Set<String> keptNotes(JourneyMap map) {
        Set<String> kept = new LinkedHashSet<>();
        for (Note note : map.notes()) {
            if (map.findLane(note.laneId()).filter(this::keepsLane).isPresent()) {
                kept.add(note.id());
            }
        }
        return kept;
    }

    private boolean keepsLane(Lane lane) {
        return kind == Kind.LANE && lane.id().equals(elementId)
                || kind == Kind.LANE_KIND && lane.kind().fileName().equals(elementId);
    }

    private Predicate<Touchpoint> keeps(JourneyMap map) {
        return switch (kind) {
            case NEGATIVE -> t -> t.rating() == Rating.NEGATIVE;
            case UNRATED -> t -> t.rating() == Rating.UNRATED;
            case KEY_POINTS -> Touchpoint::keyPoint;
            case LANE, LANE_KIND -> t -> map.findLane(t.laneId()).filter(this::keepsLane).isPresent();
            case CHAIN -> {
                Set<String> inChain = map.findChain(elementId)
                        .map(chain -> Set.copyOf(chain.touchpointIds())).orElse(Set.of());
                yield t -> inChain.contains(t.id());
            }
        };
    }
}
