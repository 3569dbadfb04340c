package org.touchmap.render;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PictureOptionsTest {

    @Test
    void defaultsAreFullSizeOnWhiteWithLegendAndEveryChain() {
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        assertEquals(new PictureOptions(1, false, true, null, null, Locale.ENGLISH), options);
        assertEquals(96, options.dpi());
    }

    @Test
    void eachWitherChangesOnlyItsOwnOption() {
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH).withScale(2).withLegend(false)
                .withTransparentBackground(true).withOnlyChain("a").withEmotionChain("b");
        assertEquals(new PictureOptions(2, true, false, "a", "b", Locale.ENGLISH), options);
        assertNull(options.withOnlyChain(null).onlyChainId());
        assertEquals("b", options.withOnlyChain(null).emotionChainId());
    }

    @Test
    void scaleForDpiCountsFrom96() {
        assertEquals(1, PictureOptions.scaleForDpi(96));
        assertEquals(3.125, PictureOptions.scaleForDpi(300));
    }

    @Test
    void aScaleThatIsNotPositiveIsRefused() {
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> options.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> options.withScale(-1));
        assertThrows(IllegalArgumentException.class, () -> options.withScale(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> options.withScale(Double.POSITIVE_INFINITY));
    }
}
