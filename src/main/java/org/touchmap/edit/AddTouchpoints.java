package org.touchmap.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Puts many new cards after the last touchpoint in one go, such as the new rows of an imported
 * workbook: each at its own place or the nearest free space ({@link FreeSpace}), and online or
 * offline as its lane says, exactly as {@link AddTouchpoint} puts one. The free space of the map
 * is read once for all of them, so adding tens of thousands of cards takes time in proportion to
 * their number, not to its square.
 */
public final class AddTouchpoints implements Command {
    private final List<Touchpoint> cards;

    /** Adds copies of {@code cards}, in their order; the caller may reuse the objects passed in. */
    public AddTouchpoints(List<Touchpoint> cards) {
        this.cards = cards.stream().map(Touchpoint::copy).toList();
    }

    public int size() {
        return cards.size();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        Set<String> ids = new HashSet<>();
        return cards.stream().allMatch(card -> ids.add(card.id()) && !map.usesId(card.id())
                && map.findStage(card.stageId()).isPresent() && CardLanes.takesCards(map, card.laneId()));
    }

    @Override
    public void execute(JourneyMap map) {
        FreeSpace space = FreeSpace.of(map);
        for (Touchpoint card : cards) {
            map.addTouchpoint(AddTouchpoint.placed(map, space, card));
        }
    }

    @Override
    public void undo(JourneyMap map) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            map.removeTouchpoint(cards.get(i).id());
        }
    }

    @Override
    public Description description() {
        return cards.size() == 1 ? Description.of("touchpoint.add", cards.get(0).name())
                : Description.of("touchpoint.addMany", cards.size());
    }
}
