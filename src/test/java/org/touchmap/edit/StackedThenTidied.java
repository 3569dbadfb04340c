package org.touchmap.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * For the random edit runs: stacks some cards onto one spot of their cells, as a file from elsewhere
 * may have them (no command does that), then runs Structure → Tidy up on the result, as one step. So
 * the run checks that whatever a tidy-up finds, it leaves no card hiding another and undoes exactly.
 */
final class StackedThenTidied implements Command {
    private final List<String> cardIds;
    private final double x;
    private final double y;
    private Map<String, Placement> before = Map.of();
    private Command tidyUp;

    StackedThenTidied(List<String> cardIds, double x, double y) {
        this.cardIds = List.copyOf(cardIds);
        this.x = x;
        this.y = y;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return !cardIds.isEmpty() && cardIds.stream().allMatch(map::hasTouchpoint);
    }

    @Override
    public void execute(JourneyMap map) {
        Map<String, Placement> places = new LinkedHashMap<>();
        for (String id : cardIds) {
            Touchpoint card = map.touchpoint(id);
            places.put(id, Placement.of(card));
            card.setX(x);
            card.setY(y);
        }
        before = places;
        tidyUp = TidyUp.plan(map).orElse(null);
        if (tidyUp != null) {
            tidyUp.execute(map);
        }
    }

    @Override
    public void undo(JourneyMap map) {
        if (tidyUp != null) {
            tidyUp.undo(map);
        }
        before.forEach((id, place) -> place.applyTo(map.touchpoint(id)));
    }

    @Override
    public Description description() {
        return Description.of("map.tidyUp");
    }
}
