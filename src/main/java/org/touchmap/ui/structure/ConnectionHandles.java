package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

/**
 * The connection handle: a small circle on the right edge of the card under the mouse, and of the
 * card selected alone, from which a person drags an arrow to another card ({@link ConnectDrag}).
 */
final class ConnectionHandles {
    /** Radius of a handle on screen, whatever the zoom. */
    private static final double RADIUS = 6;

    private final EditorContext context;
    private final ConnectDrag drag;
    private final Circle hovered = handle();
    private final Circle selected = handle();
    private String hoveredCard;
    private String selectedCard;
    private boolean enabled = true;

    ConnectionHandles(EditorContext context, ConnectDrag drag) {
        this.context = context;
        this.drag = drag;
    }

    void install() {
        context.canvas().overlay().getChildren().addAll(selected, hovered);
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        context.canvas().mapContent().addEventHandler(MouseEvent.MOUSE_EXITED, event -> showHovered(null));
        // A card being dragged leaves its place; its handle would stay behind. It is back on release.
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            if (!drag.isActive()) {
                hovered.setVisible(false);
                selected.setVisible(false);
            }
        });
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            place(hovered, hoveredCard);
            place(selected, selectedCard);
        });
        context.selection().touchpoints().addListener((SetChangeListener<String>) change -> showSelected());
        context.canvas().mapLayoutProperty().addListener((obs, old, now) -> {
            place(hovered, hoveredCard);
            showSelected();
        });
        context.canvas().navigation().zoomProperty().addListener((obs, old, now) -> {
            place(hovered, hoveredCard);
            place(selected, selectedCard);
        });
        for (Circle handle : new Circle[] {hovered, selected}) {
            handle.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> pressed(handle, event));
            handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> dragged(event));
            handle.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> released(event));
        }
    }

    /** Hides the handles while {@code false}, e.g. while the connect tool is on. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        showHovered(null);
        showSelected();
    }

    private void mouseMoved(MouseEvent event) {
        MapLayout layout = context.layout();
        if (layout == null || drag.isActive()) {
            return;
        }
        showHovered(cardNear(layout, event.getX(), event.getY()).map(CardBox::touchpointId).orElse(null));
    }

    /** The card under the point, or whose handle is under it: the handle sticks out of the card's edge. */
    private Optional<CardBox> cardNear(MapLayout layout, double x, double y) {
        Optional<CardBox> under = layout.cardAt(x, y);
        if (under.isPresent()) {
            return under;
        }
        double reach = context.screenDistance(RADIUS + 2);
        return layout.cards().stream()
                .filter(card -> Math.hypot(x - card.bounds().maxX(), y - card.bounds().centerY()) <= reach)
                .findFirst();
    }

    private void showHovered(String cardId) {
        hoveredCard = cardId;
        place(hovered, cardId);
    }

    private void showSelected() {
        var ids = context.selection().touchpoints();
        selectedCard = ids.size() == 1 ? ids.iterator().next() : null;
        place(selected, selectedCard);
    }

    private void place(Circle handle, String cardId) {
        MapLayout layout = context.layout();
        Optional<Rect> box = !enabled || cardId == null || layout == null ? Optional.empty()
                : layout.card(cardId).map(CardBox::bounds);
        handle.setVisible(box.isPresent());
        box.ifPresent(bounds -> {
            handle.setCenterX(bounds.maxX());
            handle.setCenterY(bounds.centerY());
            handle.setRadius(context.screenDistance(RADIUS));
            handle.setStrokeWidth(context.screenDistance(1.5));
        });
    }

    private void pressed(Circle handle, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D at = context.canvas().overlay().sceneToLocal(event.getSceneX(), event.getSceneY());
        drag.start(handle == hovered ? hoveredCard : selectedCard, handle.getCenterX(), handle.getCenterY());
        drag.update(at.getX(), at.getY());
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (drag.isActive()) {
            Point2D at = context.canvas().overlay().sceneToLocal(event.getSceneX(), event.getSceneY());
            drag.update(at.getX(), at.getY());
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        if (drag.isActive()) {
            Point2D at = context.canvas().overlay().sceneToLocal(event.getSceneX(), event.getSceneY());
            drag.finish(at.getX(), at.getY());
            event.consume();
        }
    }

    private static Circle handle() {
        Circle handle = new Circle();
        handle.getStyleClass().add("connection-handle");
        handle.setVisible(false);
        handle.setManaged(false);
        return handle;
    }
}
