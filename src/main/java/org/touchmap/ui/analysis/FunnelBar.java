package org.touchmap.ui.analysis;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * One stage's bar in the funnel chart: centred, as wide as the stage's share of the largest visitor
 * count, with the count written on it, or beside it where the bar is too narrow for the number.
 */
final class FunnelBar extends Region {
    static final double HEIGHT = 22;
    /** Even the smallest stage keeps a bar one can see. */
    private static final double MIN_WIDTH = 3;
    private static final double TEXT_MARGIN = 6;
    private final Region bar = new Region();
    private final Label count;
    private final double share;

    /**
     * @param count         the visitor count, formatted
     * @param share         the count as a share of the largest one, 0..1
     * @param moreThanBefore whether the stage has more visitors than the one before it
     */
    FunnelBar(String count, double share, boolean moreThanBefore) {
        this.share = share;
        this.count = new Label(count);
        this.count.getStyleClass().add("funnel-visitors");
        bar.getStyleClass().add("funnel-bar");
        if (moreThanBefore) {
            bar.getStyleClass().add("warning");
        }
        getChildren().addAll(bar, this.count);
        setMinWidth(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return count.prefWidth(-1) + 2 * TEXT_MARGIN;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(MIN_WIDTH, getWidth() * share);
        double x = (getWidth() - width) / 2;
        double y = (getHeight() - HEIGHT) / 2;
        bar.resizeRelocate(x, y, width, HEIGHT);
        double textWidth = count.prefWidth(-1);
        double textHeight = count.prefHeight(textWidth);
        boolean fitsOnBar = textWidth + 2 * TEXT_MARGIN <= width;
        double textX = fitsOnBar ? x + (width - textWidth) / 2 : x + width + TEXT_MARGIN;
        count.resizeRelocate(textX, (getHeight() - textHeight) / 2, textWidth, textHeight);
    }
}
