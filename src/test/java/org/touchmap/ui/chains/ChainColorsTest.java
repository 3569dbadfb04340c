package org.touchmap.ui.chains;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;

import static org.junit.jupiter.api.Assertions.*;

class ChainColorsTest {

    @Test
    void theSequenceIsTheOkabeItoPaletteWithoutRepeats() {
        assertEquals(8, ChainColors.SEQUENCE.size());
        assertEquals(8, ChainColors.SEQUENCE.stream().distinct().count());
        assertTrue(ChainColors.SEQUENCE.containsAll(List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2",
                "#d55e00", "#cc79a7", "#000000")));
        assertEquals("#f0e442", ChainColors.SEQUENCE.get(7), "yellow, hardest to see on white, comes last");
    }

    @Test
    void aNewChainTakesTheFirstColourNoChainHas() {
        assertEquals("#0072b2", ChainColors.next(List.of()));
        assertEquals("#009e73", ChainColors.next(List.of(chain("a", "#0072B2"), chain("b", "#d55e00"))),
                "colours are compared without regard to case");
        assertEquals("#0072b2", ChainColors.next(List.of(chain("a", "#d55e00"))), "a gap is filled first");
    }

    @Test
    void whenEveryColourIsTakenTheyRepeatInOrder() {
        List<Chain> chains = new ArrayList<>();
        for (String color : ChainColors.SEQUENCE) {
            chains.add(chain("c" + chains.size(), color));
        }
        assertEquals(ChainColors.SEQUENCE.get(0), ChainColors.next(chains));
        chains.add(chain("extra", "#123456"));
        assertEquals(ChainColors.SEQUENCE.get(1), ChainColors.next(chains));
    }

    private static Chain chain(String id, String color) {
        return new Chain(id, id, color);
    }
}
