package org.touchmap.edit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Arranges a map in which cards hide each other, as a file from elsewhere may have them: in each
 * cell, from the top left, a card stays where it is unless it covers a card that stays; the
 * covering cards go to the nearest free space. One undo step.
 */
public final class TidyUp {
    private static final Comparator<Touchpoint> TOP_LEFT_FIRST = Comparator
            .comparingDouble((Touchpoint tp) -> CardFootprint.drawnAt(tp.y()))
            .thenComparingDouble(tp -> CardFootprint.drawnAt(tp.x()));

    private TidyUp() {
    }

    /** The command that tidies {@code map} up; empty when no card hides another. */
    public static Optional<Command> plan(JourneyMap map) {
        // Cells do not share room, so one pass over all cards, top left first, is a pass over each cell.
        FreeSpace staying = FreeSpace.empty();
        Map<String, Placement> moving = new LinkedHashMap<>();
        for (Touchpoint card : map.touchpoints().stream().sorted(TOP_LEFT_FIRST).toList()) {
            Placement place = Placement.of(card);
            if (!staying.takeIfFree(place)) {
                moving.put(card.id(), place);
            }
        }
        if (moving.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompositeCommand(Description.of("map.tidyUp"), List.of(new MoveTouchpoints(moving))));
    }
}
