package org.touchmap.ui.canvas;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts a stylesheet on the scene a node is shown in, rather than on the node. JavaFX keeps, for
 * each stylesheet of a parent node, a list of the nodes styled by it and searches that list for
 * every node it adds, so a stylesheet on the canvas made the first styling of a map quadratic in
 * its cards: a 30,000-card map took minutes before its window showed. A scene's stylesheets have
 * no such list. The node must carry a style class the stylesheet's rules start from, so the rules
 * reach nothing else in the scene.
 */
public final class SceneStylesheets {
    private SceneStylesheets() {
    }

    /** Adds {@code stylesheet} to every scene {@code node} is put into, once. */
    public static void follow(Node node, String stylesheet) {
        addTo(node.getScene(), stylesheet);
        node.sceneProperty().addListener((obs, was, now) -> addTo(now, stylesheet));
    }

    private static void addTo(Scene scene, String stylesheet) {
        if (scene != null && !scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
