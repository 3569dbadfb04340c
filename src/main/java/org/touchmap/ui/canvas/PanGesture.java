package org.touchmap.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Moving the view by dragging with the middle button, or with the left button while Space is
 * held. It listens before every other gesture and keeps the events to itself, so a pan never
 * also selects or moves cards.
 */
final class PanGesture {
    private final ViewportScroll viewport;
    private Node target;
    private boolean spaceHeld;
    private boolean panning;
    /** The press that started a pan also ends in a click; that click is the pan's too. */
    private boolean swallowClick;
    private double lastScreenX;
    private double lastScreenY;

    PanGesture(ViewportScroll viewport) {
        this.viewport = viewport;
    }

    void install(Node node) {
        this.target = node;
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        node.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        node.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        node.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** Space down or up, as the canvas's keys report it. */
    void setSpaceHeld(boolean held) {
        spaceHeld = held;
        if (!panning) {
            target.setCursor(held ? Cursor.OPEN_HAND : null);
        }
    }

    boolean isPanning() {
        return panning;
    }

    private void pressed(MouseEvent event) {
        boolean middle = event.getButton() == MouseButton.MIDDLE;
        boolean spaceDrag = event.getButton() == MouseButton.PRIMARY && spaceHeld;
        if (!middle && !spaceDrag) {
            return;
        }
        panning = true;
        swallowClick = true;
        lastScreenX = event.getScreenX();
        lastScreenY = event.getScreenY();
        target.setCursor(Cursor.CLOSED_HAND);
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (!panning) {
            return;
        }
        // The map follows the hand: dragging to the right shows what is further left.
        viewport.scrollBy(lastScreenX - event.getScreenX(), lastScreenY - event.getScreenY());
        lastScreenX = event.getScreenX();
        lastScreenY = event.getScreenY();
        event.consume();
    }

    private void released(MouseEvent event) {
        if (!panning) {
            return;
        }
        panning = false;
        target.setCursor(spaceHeld ? Cursor.OPEN_HAND : null);
        event.consume();
    }

    private void clicked(MouseEvent event) {
        if (swallowClick) {
            swallowClick = false;
            event.consume();
        }
    }
}
