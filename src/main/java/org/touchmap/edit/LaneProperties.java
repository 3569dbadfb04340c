package org.touchmap.edit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.Lane;

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

    private LaneProperties() {
    }

    public static List<ElementProperty<Lane, ?>> all() {
        return List.of(NAME, DESCRIPTION, COLOR);
    }

    private static <V> ElementProperty<Lane, V> property(String key, Function<Lane, V> getter,
                                                         BiConsumer<Lane, V> setter) {
        return new ElementProperty<>(ElementKind.LANE, PropertyAccess.of(key, getter, setter));
    }
}
