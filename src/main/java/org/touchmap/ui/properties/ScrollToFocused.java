package org.touchmap.ui.properties;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane so that the field that gets the keyboard focus (by Tab, say) is in view. */
final class ScrollToFocused {
    private static final double MARGIN = 12;

    private ScrollToFocused() {
    }

    static void install(ScrollPane scroll) {
        ChangeListener<Node> onFocus = (obs, old, owner) -> reveal(scroll, owner);
        scroll.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(onFocus);
            }
            if (newScene != null) {
                newScene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        scroll.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double scrollable = contentHeight - viewHeight;
        double top = scroll.getVvalue() * scrollable;
        if (bounds.getMinY() < top) {
            top = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() > top + viewHeight) {
            top = bounds.getMaxY() - viewHeight + MARGIN;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / scrollable)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
