package org.touchmap.ui.canvas;

import java.util.function.DoubleSupplier;

import javafx.event.EventHandler;
import javafx.scene.input.ScrollEvent;

import org.touchmap.layout.LayoutSettings;

/**
 * The mouse wheel scrolls the map by one card per notch: a card's height up or down, its width
 * left or right (Shift+wheel, or a wheel or touchpad that scrolls sideways), at the zoom shown.
 * The scroll pane's own step is some 35 px whatever the zoom, which on a large map meant dozens
 * of notches to pass a few cards. Ctrl+wheel is left to zooming.
 */
final class WheelScroll implements EventHandler<ScrollEvent> {
    /**
     * The pixels of one notch when the event gives no multiplier (it gives 1, as synthesised events
     * do): what GTK and most mice report.
     */
    static final double DEFAULT_NOTCH = 40;

    private final ViewportScroll viewport;
    private final LayoutSettings settings;
    private final DoubleSupplier zoom;

    WheelScroll(ViewportScroll viewport, LayoutSettings settings, DoubleSupplier zoom) {
        this.viewport = viewport;
        this.settings = settings;
        this.zoom = zoom;
    }

    @Override
    public void handle(ScrollEvent event) {
        if (event.isControlDown() || event.isConsumed()) {
            return;
        }
        double across = event.getDeltaX();
        double down = event.getDeltaY();
        double acrossMultiplier = event.getMultiplierX();
        if (event.isShiftDown() && across == 0) {
            across = down;
            down = 0;
            acrossMultiplier = event.getMultiplierY();
        }
        if (across == 0 && down == 0) {
            return;
        }
        double scale = zoom.getAsDouble();
        viewport.scrollBy(-notches(across, acrossMultiplier) * settings.cardWidth() * scale,
                -notches(down, event.getMultiplierY()) * settings.cardHeight() * scale);
        event.consume();
    }

    /** How many notches a wheel turned, fractions for a touchpad; positive away from the person. */
    static double notches(double delta, double multiplier) {
        return delta / (multiplier > 1 ? multiplier : DEFAULT_NOTCH);
    }
}
