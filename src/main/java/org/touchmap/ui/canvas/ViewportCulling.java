package org.touchmap.ui.canvas;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

import org.touchmap.layout.Rect;

/**
 * Hides what lies far outside the visible part of the map: cards, arrows, grid pieces and the
 * badges of the badge layers. JavaFX paints every visible node of a scene on every frame, however
 * small the changed area, so a map of thousands of cards would cost as much to draw as it has
 * nodes; hidden nodes cost next to nothing. A margin of a quarter of the view on every side
 * keeps what scrolling brings in next already shown.
 *
 * <p>Culling runs at most once per pulse, after layout and before the frame is drawn, and only
 * when something it depends on changed: the view (scroll, zoom, size), the drawn map, or a badge
 * layer. Nodes a gesture moves are kept shown until the gesture ends, wherever they go.
 */
final class ViewportCulling {
    /**
     * How far beyond the view nodes stay shown, as a fraction of the view's width and height.
     * Culling runs before every frame is drawn, so nothing pops in late without a margin; a small
     * one spares toggling nodes on every step of a scroll, a large one costs when zoomed far out.
     */
    static final double MARGIN = 0.25;

    private final List<Pane> layers;
    private final List<NearViewLayer<?>> nearViewLayers;
    private final Pane overlay;
    private final Supplier<Rect> visibleArea;
    private final Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Runnable afterLayout = this::cullIfNeeded;
    private final InvalidationListener invalidation = obs -> invalidate();
    private boolean dirty = true;

    /**
     * @param layers layers whose children are culled one by one
     * @param nearViewLayers layers of many nodes, of which only those near the view are put into the scene
     * @param overlay the gestures' layer, of which only the children marked as badge layers are culled, badge by badge
     * @param visibleArea the part of the map in view, in map coordinates, or {@code null} while it is unknown
     */
    ViewportCulling(List<Pane> layers, List<NearViewLayer<?>> nearViewLayers, Pane overlay,
                    Supplier<Rect> visibleArea) {
        this.layers = List.copyOf(layers);
        this.nearViewLayers = List.copyOf(nearViewLayers);
        this.overlay = overlay;
        this.visibleArea = visibleArea;
        for (Pane layer : layers) {
            layer.getChildren().addListener(invalidation);
        }
        overlay.getChildren().addListener(invalidation);
    }

    /** Culls before each frame drawn in {@code scene}, instead of the scene it followed before. */
    void follow(Scene before, Scene now) {
        if (before != null) {
            before.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
        invalidate();
    }

    /** Something culling depends on changed; the next pulse culls again. */
    void invalidate() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** An invalidation listener for the view's properties and the badge layers' children. */
    InvalidationListener invalidation() {
        return invalidation;
    }

    /** Shows {@code nodes} wherever they are until {@link #releaseKept()}, as while they are dragged. */
    void keepShown(Collection<? extends Node> nodes) {
        if (kept.addAll(nodes)) {
            // At once, not at the next pulse: the gesture moves them from its next event on.
            cullNow();
        }
    }

    /** Culls the nodes kept by {@link #keepShown} like all others again. */
    void releaseKept() {
        if (!kept.isEmpty()) {
            kept.clear();
            invalidate();
        }
    }

    /** Culls at once, as a change of zoom does before cards build or drop their details. */
    void cullNow() {
        dirty = false;
        cull();
    }

    void cullIfNeeded() {
        if (dirty) {
            dirty = false;
            cull();
        }
    }

    private void cull() {
        Bounds shown = shownArea();
        for (NearViewLayer<?> layer : nearViewLayers) {
            layer.cull(shown, kept);
        }
        for (Pane layer : layers) {
            cullChildren(layer, shown);
        }
        for (Node child : overlay.getChildren()) {
            if (child instanceof Parent badges && child.getStyleClass().contains(BadgeLayers.STYLE_CLASS)) {
                watch(badges);
                cullChildren(badges, shown == null ? null : badges.parentToLocal(shown));
            }
        }
    }

    private void cullChildren(Parent parent, Bounds shown) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            boolean visible = shown == null || kept.contains(child) || child.getBoundsInParent().intersects(shown);
            if (child.isVisible() != visible) {
                child.setVisible(visible);
            }
        }
    }

    /** The visible area with its margin, in map coordinates; {@code null} shows everything. */
    private Bounds shownArea() {
        Rect area = visibleArea.get();
        if (area == null || area.width() <= 0 || area.height() <= 0) {
            return null;
        }
        double marginX = area.width() * MARGIN;
        double marginY = area.height() * MARGIN;
        return new BoundingBox(area.x() - marginX, area.y() - marginY,
                area.width() + 2 * marginX, area.height() + 2 * marginY);
    }

    /** Badge layers redraw their badges on their own; new badges must be culled too. */
    private void watch(Parent badges) {
        if (!badges.getProperties().containsKey(ViewportCulling.class)) {
            badges.getProperties().put(ViewportCulling.class, Boolean.TRUE);
            badges.getChildrenUnmodifiable().addListener(invalidation);
        }
    }
}
