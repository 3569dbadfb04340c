package org.touchmap.bench;

import javafx.scene.Node;
import javafx.scene.Scene;

/** Something shown in a window that zooms with Ctrl+wheel around the pointer; used on the JavaFX thread. */
interface ZoomSubject {
    Scene scene();

    /** The node under the middle of the scene, which the wheel events are sent to. */
    Node wheelTarget();

    /** Back to 100 %, scrolled to the top-left corner. */
    void resetView();
}
