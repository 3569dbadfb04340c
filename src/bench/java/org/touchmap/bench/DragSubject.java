package org.touchmap.bench;

import javafx.geometry.Point2D;
import javafx.scene.Scene;

/** Something shown in a window whose cards can be dragged with the mouse; used on the JavaFX thread. */
interface DragSubject {
    /** Width and height of every benchmark scene, in pixels. */
    double SCENE_WIDTH = 1000;
    double SCENE_HEIGHT = 700;

    Scene scene();

    /** Selects the first {@code count} cards, so that pressing the first one drags them all. */
    void select(int count);

    /** Where the mouse presses the first card, in scene coordinates. */
    Point2D pressPoint();

    /** Puts everything back as it was before the last drag; false when the drag had moved nothing. */
    boolean undoDrop();
}
