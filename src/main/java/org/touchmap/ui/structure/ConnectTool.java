package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.ui.chains.ChainLinking;

/**
 * The connect tool: while it is on, clicking cards one after another links each to the one before
 * it in the active chain. The card clicked last is outlined and a line follows the mouse from it.
 * Escape, or turning the tool off, ends it.
 */
final class ConnectTool {
    private final EditorContext context;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final Rectangle previousMark = new Rectangle();
    private final Line rubber = new Line();
    private String previous;

    ConnectTool(EditorContext context) {
        this.context = context;
        previousMark.getStyleClass().add("connect-previous");
        rubber.getStyleClass().add("rubber-line");
        for (Node node : new Node[] {previousMark, rubber}) {
            node.setMouseTransparent(true);
            node.setVisible(false);
        }
    }

    void install() {
        context.canvas().overlay().getChildren().addAll(previousMark, rubber);
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        context.canvas().mapLayoutProperty().addListener((obs, old, now) -> showPrevious());
        active.addListener((obs, was, now) -> {
            previous = null;
            showPrevious();
            context.canvas().setCursor(now ? Cursor.CROSSHAIR : null);
        });
    }

    /** Whether the tool is on; a toggle button binds to it. */
    BooleanProperty activeProperty() {
        return active;
    }

    void stop() {
        active.set(false);
    }

    private void pressed(MouseEvent event) {
        MapLayout layout = context.layout();
        if (!active.get() || layout == null || event.isConsumed() || event.getButton() != MouseButton.PRIMARY
                || context.isForOverlay(event)) {
            return;
        }
        Optional<String> card = layout.cardAt(event.getX(), event.getY()).map(CardBox::touchpointId);
        if (card.isEmpty()) {
            // A click beside the cards starts a new run of links with the next card.
            previous = null;
            showPrevious();
            return;
        }
        if (previous != null && !previous.equals(card.get())) {
            ChainLinking.link(context.document(), context.selection(), previous, card.get());
        }
        previous = card.get();
        showPrevious();
        context.focusCanvas();
        // The click belongs to the tool: it neither selects nor drags the card.
        event.consume();
    }

    private void moved(MouseEvent event) {
        if (active.get() && previous != null) {
            rubber.setEndX(event.getX());
            rubber.setEndY(event.getY());
        }
    }

    private void showPrevious() {
        MapLayout layout = context.layout();
        Optional<Rect> box = previous == null || layout == null ? Optional.empty()
                : layout.card(previous).map(CardBox::bounds);
        if (previous != null && box.isEmpty()) {
            previous = null;
        }
        previousMark.setVisible(box.isPresent());
        rubber.setVisible(box.isPresent());
        box.ifPresent(bounds -> {
            double grow = context.screenDistance(3);
            previousMark.setX(bounds.x() - grow);
            previousMark.setY(bounds.y() - grow);
            previousMark.setWidth(bounds.width() + 2 * grow);
            previousMark.setHeight(bounds.height() + 2 * grow);
            rubber.setStartX(bounds.maxX());
            rubber.setStartY(bounds.centerY());
            rubber.setEndX(bounds.maxX());
            rubber.setEndY(bounds.centerY());
            rubber.setStrokeWidth(context.screenDistance(2));
        });
    }
}
