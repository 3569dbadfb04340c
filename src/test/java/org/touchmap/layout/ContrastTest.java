package org.touchmap.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ContrastTest {
    @Test
    void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(21.0, Contrast.ratio("#ffffff", "#000000"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#d55e00", "#d55e00"), 1e-9);
    }

    @Test
    void knownPairsMatchTheWcagFormula() {
        // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
        assertEquals(4.09, Contrast.ratio(Palette.NEGATIVE, Palette.TEXT), 0.01);
    }

    @Test
    void aTintMixesInWhite() {
        assertEquals("#d55e00", Contrast.tint("#d55e00", 0));
        assertEquals("#ffffff", Contrast.tint("#d55e00", 1));
        assertEquals("#eaaf80", Contrast.tint("#d55e00", 0.5));
    }

    @Test
    void aColourThatIsNotHexIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Contrast.ratio("red", "#ffffff"));
    }
}
