package org.touchmap.render;

import org.touchmap.layout.EmotionCurve;
import org.touchmap.layout.EmotionScale;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/**
 * Where the emotion strip of one chain goes: a header on the left, under the lane headers, and a
 * plot under the grid whose x matches the cards above it and whose y runs from +2 at the top to
 * −2 at the bottom.
 *
 * @param chain   the chain whose emotions are drawn
 * @param header  the box on the left with the strip's title
 * @param plot    the area of the curve, as wide as the grid
 * @param curve   the chain's touchpoints in order, placed in the plot
 */
record EmotionStrip(Chain chain, Rect header, Rect plot, EmotionCurve curve) {
    static final double GAP_ABOVE = 12;
    static final double HEIGHT = 132;
    /** Room above +2 and below −2, so dots at the extremes are whole. */
    static final double PLOT_PADDING = 14;

    static EmotionStrip below(double top, JourneyMap map, MapLayout layout, Chain chain) {
        Rect grid = layout.grid();
        double y = top + GAP_ABOVE;
        Rect header = new Rect(layout.titleBox().x(), y, layout.settings().laneHeaderWidth(), HEIGHT);
        Rect plot = new Rect(grid.x(), y, grid.width(), HEIGHT);
        EmotionScale scale = EmotionScale.inside(plot.y(), plot.height(), PLOT_PADDING);
        return new EmotionStrip(chain, header, plot, EmotionCurve.of(map, layout, chain, scale));
    }

    Rect bounds() {
        return header.union(plot);
    }

    /** The y of an emotion score in the plot. */
    double yOf(double emotion) {
        return curve.scale().yOf(emotion);
    }
}
