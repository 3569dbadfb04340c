package org.touchmap.ui.chains;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.touchmap.model.Chain;

/**
 * Colours for new chains, from the Okabe–Ito palette, which people with the common forms of colour
 * blindness can still tell apart. Yellow comes last because thin yellow arrows are hard to see on
 * white.
 */
public final class ChainColors {
    /** The palette in the order new chains take it. */
    public static final List<String> SEQUENCE = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
            "#56b4e9", "#000000", "#f0e442");

    private ChainColors() {
    }

    /** The first colour of the sequence no chain has yet; when all are taken, they repeat in order. */
    public static String next(List<Chain> chains) {
        Set<String> used = chains.stream().map(chain -> chain.color().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return SEQUENCE.stream().filter(color -> !used.contains(color)).findFirst()
                .orElse(SEQUENCE.get(chains.size() % SEQUENCE.size()));
    }
}
