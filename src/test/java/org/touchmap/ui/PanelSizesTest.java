package org.touchmap.ui;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;

import org.touchmap.ui.PanelSizes.Panel;

import static org.junit.jupiter.api.Assertions.*;

class PanelSizesTest {
    private final Preferences node = new MemoryPreferences();
    private final PanelSizes sizes = new PanelSizes(node);

    @Test
    void aFirstStartGetsTheStartingSizesWithEveryPanelShown() {
        assertEquals(PanelSizes.DEFAULT_LEFT_WIDTH, sizes.leftWidth());
        assertEquals(PanelSizes.DEFAULT_PROPERTIES_WIDTH, sizes.propertiesWidth());
        for (Panel panel : Panel.values()) {
            assertTrue(sizes.isShown(panel), panel + " is shown");
        }
    }

    @Test
    void sizesAndFoldedPanelsAreReadBackByTheNextWindow() {
        sizes.setLeftWidth(320);
        sizes.setAnalysisHeight(410);
        sizes.setShown(Panel.CHAINS, false);

        PanelSizes next = new PanelSizes(node);
        assertEquals(320, next.leftWidth());
        assertEquals(410, next.analysisHeight());
        assertFalse(next.isShown(Panel.CHAINS));
        assertTrue(next.isShown(Panel.CATALOG));
    }

    @Test
    void aPanelDraggedToASliverComesBackAtItsMinimumSize() {
        sizes.setPropertiesWidth(12);
        sizes.setChainsHeight(10);
        assertEquals(PanelSizes.MIN_PROPERTIES_WIDTH, sizes.propertiesWidth());
        assertEquals(PanelSizes.MIN_CHAINS_HEIGHT, sizes.chainsHeight());
    }

    @Test
    void aBrokenStoredValueGivesTheStartingSize() {
        node.put("leftWidth", "wide");
        node.putDouble("analysisHeight", Double.NaN);
        assertEquals(PanelSizes.DEFAULT_LEFT_WIDTH, sizes.leftWidth());
        assertEquals(PanelSizes.DEFAULT_ANALYSIS_HEIGHT, sizes.analysisHeight());
    }
}
