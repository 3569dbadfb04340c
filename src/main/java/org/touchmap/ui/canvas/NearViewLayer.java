package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import org.touchmap.layout.Rect;

/**
 * A layer of many nodes of which only those near the view are in the scene. A node in a scene
 * costs its styles, bounds and drawing state even while hidden, and a map at its limits has a
 * hundred thousand cards and as many arrows; out of the scene a node is a plain object. So the
 * layer holds every node, and {@link ViewportCulling} puts into the scene those whose extent
 * (known from the layout, as a node out of the scene is never laid out) meets the shown area,
 * and takes out the others. A node in the scene is visible, one out of it hidden, so cards build
 * and drop their parts as before.
 *
 * <p>Nodes coming in are added after those that stay, so they may lie on top of them where the
 * two overlap; the layout keeps cards apart, so this shows only while cards are dragged.
 *
 * @param <T> the kind of node
 */
final class NearViewLayer<T extends Node> {
    private final Pane layer;
    private final Function<T, Rect> extent;
    private List<T> nodes = List.of();

    /** @param extent where a node lies, in map coordinates, whether or not it is in the scene */
    NearViewLayer(Pane layer, Function<T, Rect> extent) {
        this.layer = layer;
        this.extent = extent;
    }

    /** Every node of the layer, in the scene or not, in drawing order. */
    List<T> nodes() {
        return nodes;
    }

    /** Replaces the nodes; the next {@link #cull} puts the right ones into the scene. */
    void setAll(List<T> replacement) {
        nodes = List.copyOf(replacement);
    }

    /**
     * Puts into the scene the nodes that meet {@code shown} or are {@code kept}, and takes out the
     * others.
     *
     * @param shown the area to show, in map coordinates; {@code null} shows every node
     */
    void cull(Bounds shown, Set<Node> kept) {
        Set<Node> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> coming = new ArrayList<>();
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(layer.getChildren());
        for (T node : nodes) {
            if (shown == null || kept.contains(node) || meets(extent.apply(node), shown)) {
                wanted.add(node);
                if (!present.contains(node)) {
                    coming.add(node);
                }
            }
        }
        List<Node> leaving = new ArrayList<>();
        for (Node node : present) {
            if (!wanted.contains(node)) {
                leaving.add(node);
            }
        }
        if (!leaving.isEmpty()) {
            // A node hidden before it leaves drops its parts while it has nothing left to restyle.
            leaving.forEach(node -> node.setVisible(false));
            Set<Node> out = Collections.newSetFromMap(new IdentityHashMap<>());
            out.addAll(leaving);
            layer.getChildren().removeIf(out::contains);
        }
        if (!coming.isEmpty()) {
            // In the scene before it is shown: a card styles the parts it builds at once, which
            // only works in a scene, else it would be drawn unstyled for a frame.
            layer.getChildren().addAll(coming);
            coming.forEach(node -> node.setVisible(true));
        }
    }

    private static boolean meets(Rect extent, Bounds shown) {
        return extent.x() <= shown.getMaxX() && extent.x() + extent.width() >= shown.getMinX()
                && extent.y() <= shown.getMaxY() && extent.y() + extent.height() >= shown.getMinY();
    }
}
