package org.touchmap.edit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

/** The values of a lane the property panel edits, each one undoable. */
public final class LaneProperties {
    /** A rename that makes or breaks the Online/Offline pair sets the presence of the cards in the same step. */
    public static final ElementProperty<Lane, String> NAME = new ElementProperty<>(ElementKind.LANE,
            PropertyAccess.of("lane.rename", Lane::name, Lane::setName).followedBy(PresenceFollowsLanes.afterChange()));
    public static final ElementProperty<Lane, String> DESCRIPTION =
            property("lane.change.description", Lane::description, Lane::setDescription);
    /** {@code #rrggbb}, or {@code null} for no tint. */
    public static final ElementProperty<Lane, String> COLOR =
            property("lane.change.color", Lane::color, Lane::setColor);
    /**
     * What the lane holds. Only what it holds may stay: a lane with cards keeps a kind that holds
     * cards, a lane with notes one that holds notes; an empty lane takes any kind.
     */
    public static final ElementProperty<Lane, LaneKind> KIND = new ElementProperty<>(ElementKind.LANE,
            PropertyAccess.of("lane.change.kind", Lane::kind, Lane::setKind).fitting(LaneProperties::holdsWhatItHas));

    /** Whether the lane is folded to its header. */
    public static final ElementProperty<Lane, Boolean> FOLDED = new ElementProperty<>(ElementKind.LANE,
            PropertyAccess.of("lane.change.folded", Lane::folded, Lane::setFolded));

    /** The chain an emotion lane draws; {@code null} for the stages' averages. */
    public static final ElementProperty<Lane, String> CHAIN = new ElementProperty<>(ElementKind.LANE,
            PropertyAccess.of("lane.change.chain", Lane::chainId, Lane::setChainId)
                    .allowing((map, id) -> id == null || map.findChain(id).isPresent()));

    private LaneProperties() {
    }

    public static List<ElementProperty<Lane, ?>> all() {
        return List.of(NAME, DESCRIPTION, COLOR, KIND, FOLDED, CHAIN);
    }

    /** Whether {@code lane} may take {@code kind} with what it holds now. */
    public static boolean holdsWhatItHas(JourneyMap map, Lane lane, LaneKind kind) {
        boolean cards = map.touchpoints().stream().anyMatch(card -> card.laneId().equals(lane.id()));
        boolean notes = map.notes().stream().anyMatch(note -> note.laneId().equals(lane.id()));
        return kind != null && !(cards && !kind.holdsCards()) && !(notes && !kind.holdsNotes());
    }

    private static <V> ElementProperty<Lane, V> property(String key, Function<Lane, V> getter,
                                                         BiConsumer<Lane, V> setter) {
        return new ElementProperty<>(ElementKind.LANE, PropertyAccess.of(key, getter, setter));
    }
}
