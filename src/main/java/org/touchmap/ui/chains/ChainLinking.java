package org.touchmap.ui.chains;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.touchmap.edit.AddChain;
import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.LinkTouchpoints;
import org.touchmap.model.Chain;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * Links cards into the active chain, the way both connect gestures do: when no chain is active,
 * a new one is started and the link added to it, as one undo step, and the new chain becomes the
 * active one.
 */
public final class ChainLinking {
    private ChainLinking() {
    }

    /** A chain without links to add: a fresh id, the next free colour and a numbered name no chain has yet. */
    public static Chain newChain(JourneyMap map) {
        Set<String> names = map.chains().stream().map(Chain::name).collect(Collectors.toSet());
        int number = map.chains().size() + 1;
        while (names.contains(ChainText.get("chain.newName", number))) {
            number++;
        }
        return new Chain(Ids.next("chain", map.allIds()), ChainText.get("chain.newName", number),
                ChainColors.next(map.chains()));
    }

    /**
     * Links {@code fromId} to {@code toId} at the end of the active chain and returns that chain's
     * id; nothing happens for a card linked to itself or a card that is gone.
     */
    public static Optional<String> link(Document document, Selection selection, String fromId, String toId) {
        JourneyMap map = document.map();
        if (fromId.equals(toId) || !map.hasTouchpoint(fromId) || !map.hasTouchpoint(toId)) {
            return Optional.empty();
        }
        String active = selection.chain().get();
        if (active != null && map.findChain(active).isPresent()) {
            document.commands().execute(LinkTouchpoints.append(active, fromId, toId));
            return Optional.of(active);
        }
        Chain started = newChain(map);
        Command both = new CompositeCommand(Description.of("chain.link", started.name(),
                map.touchpoint(fromId).name(), map.touchpoint(toId).name()),
                List.of(AddChain.atEnd(started), LinkTouchpoints.append(started.id(), fromId, toId)));
        document.commands().execute(both);
        selection.selectChain(started.id());
        return Optional.of(started.id());
    }
}
