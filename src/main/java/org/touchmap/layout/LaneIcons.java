package org.touchmap.layout;

import org.touchmap.model.LaneKind;

/**
 * The icon of each lane kind, shown at the top of the lane's header on the canvas and in every
 * picture, so a row of thoughts reads apart from a row of pain points at a glance.
 */
public final class LaneIcons {
    /** Size of the icon in pixels at 100 % zoom. */
    public static final double SIZE = 16;
    /** From the header's top and left edges to the icon. */
    private static final double INSET = 8;

    private LaneIcons() {
    }

    /** The Ikonli Material Design 2 literal of the kind's icon. */
    public static String iconLiteral(LaneKind kind) {
        return switch (kind) {
            case TOUCHPOINTS -> "mdi2g-gesture-tap";
            case ACTIONS -> "mdi2w-walk";
            case GOALS -> "mdi2f-flag-checkered";
            case THOUGHTS -> "mdi2t-thought-bubble-outline";
            case FEELINGS -> "mdi2e-emoticon-outline";
            case PAIN_POINTS -> "mdi2a-alert-outline";
            case OPPORTUNITIES -> "mdi2l-lightbulb-on-outline";
            case NOTES -> "mdi2n-note-outline";
            case EMOTION -> "mdi2c-chart-bell-curve";
            case STORYBOARD -> "mdi2i-image-outline";
            case METRICS -> "mdi2c-chart-box-outline";
            case PHYSICAL_EVIDENCE -> "mdi2p-package-variant";
            case FRONTSTAGE -> "mdi2a-account-tie";
            case BACKSTAGE -> "mdi2e-eye-off-outline";
            case SUPPORT -> "mdi2c-cog-outline";
        };
    }

    /**
     * Where the icon sits in the header: its top-left corner, clear of the name centred below it; in
     * a folded lane's thin header, at the left of the name, which starts after it ({@link #nameIndent}).
     */
    public static Rect box(LaneRow row) {
        double y = row.folded() ? row.header().centerY() - SIZE / 2 : row.header().y() + INSET;
        return new Rect(row.header().x() + INSET, y, SIZE, SIZE);
    }

    /** How much further right the name starts than in an open lane: past the icon in a folded one. */
    public static double nameIndent(LaneRow row) {
        return row.folded() ? SIZE + INSET / 2 : 0;
    }
}
