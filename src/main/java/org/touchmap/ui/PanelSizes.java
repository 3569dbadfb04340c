package org.touchmap.ui;

import java.util.prefs.Preferences;

/**
 * The sizes of the main window's side panels as the person left them, kept between sessions: the
 * width of the left side bar (catalog and chains) and of the property panel, the height of the
 * chains under the catalog, the height of the analysis, and which panels are folded away.
 * Every size read back is kept within the panel's usable range, so a bad or old value in the
 * preferences can never hide a panel or squeeze it to a sliver.
 */
final class PanelSizes {
    static final double MIN_LEFT_WIDTH = 180;
    static final double MAX_LEFT_WIDTH = 700;
    static final double MIN_PROPERTIES_WIDTH = 280;
    static final double MAX_PROPERTIES_WIDTH = 900;
    /** The chain panel's header, a list of three chains and the first links of the active one. */
    static final double MIN_CHAINS_HEIGHT = 260;
    static final double MIN_ANALYSIS_HEIGHT = 120;
    static final double MAX_ANALYSIS_HEIGHT = 2000;

    /** Long Russian and Serbian words need the property panel this wide. */
    static final double DEFAULT_LEFT_WIDTH = 250;
    static final double DEFAULT_PROPERTIES_WIDTH = 400;
    static final double DEFAULT_CHAINS_HEIGHT = 360;
    static final double DEFAULT_ANALYSIS_HEIGHT = 320;

    private static final String LEFT_WIDTH = "leftWidth";
    private static final String PROPERTIES_WIDTH = "propertiesWidth";
    private static final String CHAINS_HEIGHT = "chainsHeight";
    private static final String ANALYSIS_HEIGHT = "analysisHeight";

    /** A panel that can be folded away and shown again. */
    enum Panel {
        CATALOG, CHAINS, PROPERTIES;

        private String key() {
            return "shown." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Preferences node;

    PanelSizes(Preferences node) {
        this.node = node;
    }

    double leftWidth() {
        return read(LEFT_WIDTH, DEFAULT_LEFT_WIDTH, MIN_LEFT_WIDTH, MAX_LEFT_WIDTH);
    }

    void setLeftWidth(double width) {
        write(LEFT_WIDTH, width, MIN_LEFT_WIDTH, MAX_LEFT_WIDTH);
    }

    double propertiesWidth() {
        return read(PROPERTIES_WIDTH, DEFAULT_PROPERTIES_WIDTH, MIN_PROPERTIES_WIDTH, MAX_PROPERTIES_WIDTH);
    }

    void setPropertiesWidth(double width) {
        write(PROPERTIES_WIDTH, width, MIN_PROPERTIES_WIDTH, MAX_PROPERTIES_WIDTH);
    }

    double chainsHeight() {
        return read(CHAINS_HEIGHT, DEFAULT_CHAINS_HEIGHT, MIN_CHAINS_HEIGHT, Double.MAX_VALUE);
    }

    void setChainsHeight(double height) {
        write(CHAINS_HEIGHT, height, MIN_CHAINS_HEIGHT, Double.MAX_VALUE);
    }

    double analysisHeight() {
        return read(ANALYSIS_HEIGHT, DEFAULT_ANALYSIS_HEIGHT, MIN_ANALYSIS_HEIGHT, MAX_ANALYSIS_HEIGHT);
    }

    void setAnalysisHeight(double height) {
        write(ANALYSIS_HEIGHT, height, MIN_ANALYSIS_HEIGHT, MAX_ANALYSIS_HEIGHT);
    }

    boolean isShown(Panel panel) {
        return node.getBoolean(panel.key(), true);
    }

    void setShown(Panel panel, boolean shown) {
        node.putBoolean(panel.key(), shown);
    }

    private double read(String key, double fallback, double min, double max) {
        double stored = node.getDouble(key, fallback);
        return Double.isFinite(stored) ? Math.max(min, Math.min(max, stored)) : fallback;
    }

    /** A size from a divider the person dragged; a size outside the usable range is kept at its edge. */
    private void write(String key, double value, double min, double max) {
        if (Double.isFinite(value)) {
            node.putDouble(key, Math.max(min, Math.min(max, value)));
        }
    }
}
