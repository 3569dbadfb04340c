package org.touchmap.analysis;

import java.util.Objects;

/**
 * One difference between the map before and the map after for one touchpoint. {@link #before()}
 * is {@code null} for an added card, {@link #after()} for a removed one; a card that was both moved
 * and re-rated gives two changes, one of each kind.
 */
public record TouchpointChange(ChangeKind kind, CardState before, CardState after) {

    public TouchpointChange {
        Objects.requireNonNull(kind, "kind");
        if (before == null && kind != ChangeKind.ADDED || after == null && kind != ChangeKind.REMOVED) {
            throw new IllegalArgumentException(kind + " needs the card on both sides it is on");
        }
    }

    /** The card as it is now: after the change, or before it when it was removed. */
    public CardState current() {
        return after != null ? after : before;
    }

    /** The card's name, as it is now. */
    public String name() {
        return current().name();
    }
}
