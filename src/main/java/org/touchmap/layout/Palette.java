package org.touchmap.layout;

import org.touchmap.model.LaneKind;
import org.touchmap.model.Rating;

/**
 * The colours of a drawn map, as {@code #rrggbb}, shared by the canvas and the exports so both look
 * alike. Rating colours come from the Okabe–Ito palette, which stays distinguishable with the common
 * forms of colour blindness; a rating icon on every card means colour is never the only cue.
 */
public final class Palette {
    public static final String POSITIVE = "#009e73";
    public static final String NEUTRAL = "#999999";
    public static final String NEGATIVE = "#d55e00";
    /** Unrated cards get a pale edge and a dashed outline instead of a rating colour. */
    public static final String UNRATED = "#e1e4e8";
    public static final String KEY_POINT = "#e69f00";

    public static final String CANVAS_BACKGROUND = "#ffffff";
    public static final String TEXT = "#1f2328";
    public static final String MUTED_TEXT = "#59636e";
    public static final String CARD_FILL = "#ffffff";
    public static final String CARD_BORDER = "#c8d1da";
    public static final String UNRATED_BORDER = "#8c959f";
    public static final String SELECTION = "#0969da";
    public static final String GRID_LINE = "#e4e8ec";
    public static final String STAGE_HEADER_FILL = "#f3f5f8";
    public static final String STAGE_HEADER_ACCENT = "#8c959f";
    public static final String LANE_HEADER_FILL = "#f6f8fa";
    public static final String PHASE_FILL = "#dde4ec";
    public static final String ROW_TINT = "#fbfcfd";

    public static final String NOTE_BORDER = "#d0d7de";
    /** The service blueprint's lines and their labels' edges. */
    public static final String BLUEPRINT_LINE = "#57606a";
    /** A process step's link to the touchpoint it supports. */
    public static final String SUPPORT_LINK = "#8250df";

    /** How much white the rating tints mix in. */
    private static final double RATING_TINT_SHARE = 0.5;

    private Palette() {
    }

    public static String ratingColor(Rating rating) {
        return switch (rating) {
            case POSITIVE -> POSITIVE;
            case NEUTRAL -> NEUTRAL;
            case NEGATIVE -> NEGATIVE;
            case UNRATED -> UNRATED;
        };
    }

    /**
     * A light tint of the rating's colour for cells that carry text, such as the cards of the Excel
     * map: the saturated colours fail WCAG AA under dark text (negative reaches 4.1:1), the tints pass
     * with room to spare and still tell the ratings apart.
     */
    public static String ratingTint(Rating rating) {
        return rating == Rating.UNRATED ? UNRATED : Contrast.tint(ratingColor(rating), RATING_TINT_SHARE);
    }

    /** The paper of a note, by the kind of its lane: light enough for dark text at WCAG AA. */
    public static String noteFill(LaneKind kind) {
        return switch (kind) {
            case ACTIONS -> "#fff1c2";
            case GOALS -> "#ebe3fb";
            case THOUGHTS -> "#dcebfd";
            case FEELINGS -> "#fde4f0";
            case PAIN_POINTS -> "#ffdcd4";
            case OPPORTUNITIES -> "#d9f4e4";
            // The blueprint's steps look like plain process boxes, told apart by band.
            case PHYSICAL_EVIDENCE -> "#eef1f4";
            case FRONTSTAGE -> "#e6f4f1";
            case BACKSTAGE -> "#eceff3";
            case SUPPORT -> "#f2efe8";
            default -> "#fff8c5";
        };
    }
}
