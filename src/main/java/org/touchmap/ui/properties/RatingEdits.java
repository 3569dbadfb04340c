package org.touchmap.ui.properties;

import java.util.Collection;
import java.util.List;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Rating;
import org.touchmap.ui.editor.Document;

/** Rating cards from the menu or the keyboard, the same edit as the panel's rating buttons. */
public final class RatingEdits {
    private RatingEdits() {
    }

    /** Gives every card the rating as one undo step; cards that have it already are left alone. */
    public static void rate(Document document, Collection<String> touchpointIds, Rating rating) {
        EditedValues.touchpoint(TouchpointProperties.RATING)
                .change(document.map(), List.copyOf(touchpointIds), rating)
                .ifPresent(document.commands()::execute);
    }
}
