package org.touchmap.edit;

import java.util.List;

import org.touchmap.model.Chain;

/**
 * The values of a chain the property panel edits, each one undoable. Links change through
 * {@link LinkTouchpoints}, {@link UnlinkTouchpoints} and {@link MoveLink}.
 */
public final class ChainProperties {
    public static final ElementProperty<Chain, String> NAME = new ElementProperty<>(ElementKind.CHAIN,
            PropertyAccess.of("chain.rename", Chain::name, Chain::setName));
    /** {@code #rrggbb}; a chain always has a colour. */
    public static final ElementProperty<Chain, String> COLOR = new ElementProperty<>(ElementKind.CHAIN,
            PropertyAccess.of("chain.change.color", Chain::color, Chain::setColor));
    public static final ElementProperty<Chain, String> DESCRIPTION = new ElementProperty<>(ElementKind.CHAIN,
            PropertyAccess.of("chain.change.description", Chain::description, Chain::setDescription));
    /** Id of the chain that starts when this one ends, or {@code null}; it must exist in the map. */
    public static final ElementProperty<Chain, String> NEXT_CHAIN = new ElementProperty<>(ElementKind.CHAIN,
            PropertyAccess.of("chain.change.nextChain", Chain::nextChainId, Chain::setNextChainId)
                    .allowing((map, nextId) -> nextId == null || map.findChain(nextId).isPresent()));

    private ChainProperties() {
    }

    public static List<ElementProperty<Chain, ?>> all() {
        return List.of(NAME, COLOR, DESCRIPTION, NEXT_CHAIN);
    }
}
