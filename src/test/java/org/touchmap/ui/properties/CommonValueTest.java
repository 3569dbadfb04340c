package org.touchmap.ui.properties;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CommonValueTest {

    @Test
    void equalValuesAreSharedAndAnyDifferenceIsMixed() {
        assertEquals(CommonValue.same("a"), CommonValue.of(List.of("a", "a", "a")));
        assertTrue(CommonValue.of(List.of("a", "a", "b")).mixed());
        assertNull(CommonValue.of(List.of("a", "b")).value());
    }

    @Test
    void notSetIsAValueLikeAnyOther() {
        assertEquals(CommonValue.same(null), CommonValue.of(Arrays.asList(null, null)));
        assertTrue(CommonValue.of(Arrays.asList(null, 3)).mixed(), "one unscored and one scored card differ");
    }

    @Test
    void isTellsWhetherEveryElementHasTheCandidate() {
        assertTrue(CommonValue.of(List.of(2.0, 2.0)).is(2.0));
        assertFalse(CommonValue.of(List.of(2.0, 3.0)).is(2.0));
        assertFalse(CommonValue.mixedValues().is(null), "mixed is not the same as not set");
    }
}
