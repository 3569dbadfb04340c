package org.touchmap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.Voting;

/**
 * Deletes a card together with every chain link that touches it, every dot of the vote on it and the
 * process steps' links to it.
 * Undo puts the card back at its old place in the list of touchpoints, each link back at its old
 * position in its chain and the vote back as it was.
 */
public final class RemoveTouchpoint implements Command {
    private final String touchpointId;
    private String label;
    private Touchpoint removed;
    private int index;
    private Voting votingBefore;
    /** The process steps that supported the card, with what each supported before. */
    private final Map<String, List<String>> supportsBefore = new LinkedHashMap<>();
    /** Links taken out of chains, in the order they were taken out. */
    private final List<RemovedLink> removedLinks = new ArrayList<>();

    private record RemovedLink(String chainId, int index, ChainLink link) {
    }

    public RemoveTouchpoint(String touchpointId) {
        this.touchpointId = Objects.requireNonNull(touchpointId, "touchpointId");
        this.label = touchpointId;
    }

    /** One undo step that deletes all the given cards, e.g. a multi-selection. */
    public static Command all(Collection<String> touchpointIds) {
        List<Command> removals = touchpointIds.stream().<Command>map(RemoveTouchpoint::new).toList();
        if (removals.isEmpty()) {
            throw new IllegalArgumentException("No cards to delete");
        }
        if (removals.size() == 1) {
            return removals.get(0);
        }
        return new CompositeCommand(Description.of("touchpoints.remove", removals.size()), removals);
    }

    public String touchpointId() {
        return touchpointId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.hasTouchpoint(touchpointId);
    }

    @Override
    public void execute(JourneyMap map) {
        Touchpoint card = map.touchpoint(touchpointId);
        removedLinks.clear();
        for (Chain chain : map.chains()) {
            List<ChainLink> links = chain.links();
            // From the end, so the positions recorded are the ones to re-insert at in reverse order.
            for (int i = links.size() - 1; i >= 0; i--) {
                if (links.get(i).touches(touchpointId)) {
                    chain.removeLink(i);
                    removedLinks.add(new RemovedLink(chain.id(), i, links.get(i)));
                }
            }
        }
        votingBefore = map.voting();
        map.setVoting(votingBefore.withoutCard(touchpointId));
        supportsBefore.clear();
        for (Note step : map.notes()) {
            if (step.supports().contains(touchpointId)) {
                supportsBefore.put(step.id(), step.supports());
                step.setSupports(step.supports().stream().filter(id -> !id.equals(touchpointId)).toList());
            }
        }
        index = map.removeTouchpoint(touchpointId);
        removed = card;
        label = card.name();
    }

    @Override
    public void undo(JourneyMap map) {
        map.addTouchpoint(index, removed);
        for (int i = removedLinks.size() - 1; i >= 0; i--) {
            RemovedLink r = removedLinks.get(i);
            map.chain(r.chainId()).addLink(r.index(), r.link());
        }
        map.setVoting(votingBefore);
        supportsBefore.forEach((stepId, supports) -> map.findNote(stepId).orElseThrow().setSupports(supports));
    }

    @Override
    public Description description() {
        return Description.of("touchpoint.remove", label);
    }
}
