package org.touchmap.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Plans the paste of copied cards into a map as one undo step: every card gets a new id, goes
 * into the stage and lane of the same id when the map has them (else into the first stage and
 * lane), at its old place in the cell when that is free, else in the nearest free space (so a
 * duplicate lands beside its original, never over it or the card below). Links between the copied
 * cards come along: into the chain of the same id when the map has it, else into a new chain like
 * the old.
 */
public final class PasteCards {
    /**
     * The command that pastes, and the new ids to select afterwards.
     *
     * @param command   one undoable step adding every card and link
     * @param newCardIds ids of the pasted cards, in the order they were copied
     */
    public record Plan(Command command, List<String> newCardIds) {
    }

    private PasteCards() {
    }

    /** The paste of {@code copied} into {@code map}; empty when there is nothing to paste or nowhere to put it. */
    public static Optional<Plan> plan(JourneyMap map, CopiedCards copied) {
        return plan(map, copied, null);
    }

    /**
     * The paste into the stage a person chose ({@code targetStageId}), each card keeping its lane; with
     * {@code null}, or a stage the map lacks, every card goes back to the stage it was copied from.
     */
    public static Optional<Plan> plan(JourneyMap map, CopiedCards copied, String targetStageId) {
        if (copied.isEmpty() || map.stages().isEmpty() || map.lanes().isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>(map.allIds());
        Map<String, String> newIds = new LinkedHashMap<>();
        List<Placement> places = new ArrayList<>();
        for (Touchpoint card : copied.cards()) {
            String newId = Ids.next("tp", taken);
            taken.add(newId);
            newIds.put(card.id(), newId);
            String stageId = targetStageId != null && map.findStage(targetStageId).isPresent() ? targetStageId
                    : map.findStage(card.stageId()).isPresent() ? card.stageId() : map.stages().get(0).id();
            String laneId = map.findLane(card.laneId()).isPresent() ? card.laneId() : map.lanes().get(0).id();
            places.add(new Placement(stageId, laneId, card.x(), card.y()));
        }

        List<Command> parts = new ArrayList<>();
        for (int i = 0; i < copied.cards().size(); i++) {
            Touchpoint card = copied.cards().get(i);
            Touchpoint pasted = card.copyAs(newIds.get(card.id()));
            places.get(i).applyTo(pasted);
            parts.add(AddTouchpoint.atEnd(pasted));
        }
        for (Chain chain : copied.chains()) {
            parts.addAll(linksOf(map, chain, newIds, taken));
        }
        List<String> ids = List.copyOf(newIds.values());
        Description description = ids.size() == 1
                ? Description.of("touchpoint.paste", copied.cards().get(0).name())
                : Description.of("touchpoints.paste", ids.size());
        return Optional.of(new Plan(new CompositeCommand(description, parts), ids));
    }

    private static List<Command> linksOf(JourneyMap map, Chain chain, Map<String, String> newIds, Set<String> taken) {
        List<ChainLink> links = chain.links().stream()
                .map(link -> new ChainLink(newIds.get(link.from()), newIds.get(link.to())))
                .toList();
        if (map.findChain(chain.id()).isPresent()) {
            return links.stream()
                    .<Command>map(link -> LinkTouchpoints.append(chain.id(), link.from(), link.to()))
                    .toList();
        }
        String chainId = taken.contains(chain.id()) ? Ids.next("chain", taken) : chain.id();
        taken.add(chainId);
        Chain added = new Chain(chainId, chain.name(), chain.color());
        added.setDescription(chain.description());
        added.setLinks(links);
        return List.of(AddChain.atEnd(added));
    }
}
