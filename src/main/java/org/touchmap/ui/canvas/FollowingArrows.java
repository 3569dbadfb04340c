package org.touchmap.ui.canvas;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.touchmap.layout.Connector;
import org.touchmap.layout.FollowingConnectors;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

/**
 * Keeps the chain arrows of dragged cards attached to them while the drag runs. Only those arrows
 * are routed again ({@link FollowingConnectors}) and only their nodes change shape; the rest of
 * the canvas stays as drawn, so this costs the same on a map of thousands of cards as on a small
 * one. Stopping puts the arrows back as laid out; a drop redraws the map anyway.
 */
final class FollowingArrows {
    private final CanvasContent content;
    private MapLayout layout;
    private FollowingConnectors following;
    private List<ConnectorNode> nodes = List.of();

    FollowingArrows(CanvasContent content) {
        this.content = content;
    }

    /** Draws the arrows of {@code cardIds} as if each card in {@code shownAt} had the given box. */
    void follow(MapLayout current, Collection<String> cardIds, Map<String, Rect> shownAt) {
        if (current != layout) {
            start(current, cardIds);
        }
        List<Connector> routed = following.routedWith(shownAt);
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).reshape(routed.get(i));
        }
    }

    /** Puts the arrows that followed back where the layout has them. */
    void stop() {
        if (layout != null) {
            List<Integer> indices = following.indices();
            for (int i = 0; i < nodes.size(); i++) {
                nodes.get(i).reshape(layout.connectors().get(indices.get(i)));
            }
        }
        layout = null;
        following = null;
        nodes = List.of();
    }

    private void start(MapLayout current, Collection<String> cardIds) {
        layout = current;
        following = FollowingConnectors.of(current, cardIds);
        List<ConnectorNode> drawn = content.connectors();
        // The nodes are drawn from the layout's arrows in order; should they ever disagree, nothing follows.
        nodes = drawn.size() != current.connectors().size() ? List.of()
                : following.indices().stream().map(drawn::get).toList();
        content.culling().keepShown(nodes);
    }
}
