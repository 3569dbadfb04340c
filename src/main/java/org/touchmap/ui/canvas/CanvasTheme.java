package org.touchmap.ui.canvas;

import java.util.Map;
import java.util.stream.Collectors;

import org.touchmap.layout.Palette;

/**
 * Connects the shared {@link Palette} to the canvas's stylesheet: the palette's colours become
 * looked-up colours ({@code -tm-positive} …) on the canvas, and {@code canvas.css} refers to them,
 * so the colours live in one place and the exports use the same ones.
 */
final class CanvasTheme {
    static final String STYLESHEET = CanvasTheme.class.getResource("canvas.css").toExternalForm();

    private static final Map<String, String> COLORS = Map.ofEntries(
            Map.entry("-tm-positive", Palette.POSITIVE),
            Map.entry("-tm-neutral", Palette.NEUTRAL),
            Map.entry("-tm-negative", Palette.NEGATIVE),
            Map.entry("-tm-unrated", Palette.UNRATED),
            Map.entry("-tm-key-point", Palette.KEY_POINT),
            Map.entry("-tm-canvas-background", Palette.CANVAS_BACKGROUND),
            Map.entry("-tm-text", Palette.TEXT),
            Map.entry("-tm-muted-text", Palette.MUTED_TEXT),
            Map.entry("-tm-card-fill", Palette.CARD_FILL),
            Map.entry("-tm-card-border", Palette.CARD_BORDER),
            Map.entry("-tm-unrated-border", Palette.UNRATED_BORDER),
            Map.entry("-tm-selection", Palette.SELECTION),
            Map.entry("-tm-grid-line", Palette.GRID_LINE),
            Map.entry("-tm-stage-header-fill", Palette.STAGE_HEADER_FILL),
            Map.entry("-tm-stage-accent", Palette.STAGE_HEADER_ACCENT),
            Map.entry("-tm-lane-header-fill", Palette.LANE_HEADER_FILL),
            Map.entry("-tm-phase-fill", Palette.PHASE_FILL),
            Map.entry("-tm-row-tint", Palette.ROW_TINT),
            Map.entry("-tm-blueprint-line", Palette.BLUEPRINT_LINE),
            Map.entry("-tm-support-link", Palette.SUPPORT_LINK));

    private CanvasTheme() {
    }

    /** An inline style that defines every palette colour as a looked-up colour. */
    static String paletteStyle() {
        return COLORS.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue() + ";")
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
