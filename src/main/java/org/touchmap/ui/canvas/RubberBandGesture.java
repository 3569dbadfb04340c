package org.touchmap.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.layout.RubberBand;

/**
 * Selecting cards by dragging a rectangle over empty canvas. The cards it touches become the
 * selection when the mouse is released; with Shift or Ctrl they are added to what was selected.
 * While the band is dragged, the cards it would select are shown selected. This preview uses the
 * layout's card boxes, not the scene graph, and leaves the selection itself alone until the
 * release, so the side panels do not follow every mouse move.
 */
final class RubberBandGesture {
    private final CanvasEditing editing;
    private final Rectangle band = new Rectangle();
    private boolean armed;
    private boolean showing;
    private boolean additive;
    private Set<String> selectedBefore = Set.of();
    /** The cards shown selected because of the band. */
    private Set<String> previewed = Set.of();
    private double startX;
    private double startY;
    private double pressScreenX;
    private double pressScreenY;

    RubberBandGesture(CanvasEditing editing) {
        this.editing = editing;
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
        editing.overlay().getChildren().add(band);
    }

    void install(CanvasContent content) {
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent event) {
        armed = event.getButton() == MouseButton.PRIMARY && editing.layout() != null && editing.cardAt(event.getX(), event.getY()).isEmpty();
        if (!armed) {
            return;
        }
        additive = event.isShiftDown() || event.isShortcutDown();
        selectedBefore = new LinkedHashSet<>(editing.selection().touchpoints());
        startX = event.getX();
        startY = event.getY();
        pressScreenX = event.getScreenX();
        pressScreenY = event.getScreenY();
    }

    private void dragged(MouseEvent event) {
        if (!armed) {
            return;
        }
        if (!showing && Math.hypot(event.getScreenX() - pressScreenX, event.getScreenY() - pressScreenY)
                < CardDragGesture.THRESHOLD) {
            return;
        }
        showing = true;
        RubberBand rubberBand = RubberBand.between(startX, startY, event.getX(), event.getY());
        Rect area = rubberBand.area();
        band.setX(area.x());
        band.setY(area.y());
        band.setWidth(area.width());
        band.setHeight(area.height());
        band.setVisible(true);
        preview(chosen(rubberBand));
        event.consume();
    }

    private void released(MouseEvent event) {
        if (!armed) {
            return;
        }
        armed = false;
        if (!showing) {
            return;
        }
        showing = false;
        band.setVisible(false);
        preview(Set.of());
        editing.selectCards(chosen(RubberBand.between(startX, startY, event.getX(), event.getY())));
        event.consume();
    }

    private Set<String> chosen(RubberBand rubberBand) {
        MapLayout layout = editing.layout();
        Set<String> chosen = new LinkedHashSet<>(additive ? selectedBefore : Set.of());
        if (layout != null) {
            chosen.addAll(rubberBand.cardsIn(layout));
        }
        return chosen;
    }

    /** Shows the chosen cards selected; cards the band has left show the selection again. */
    private void preview(Set<String> chosen) {
        Set<String> selected = editing.selection().touchpoints();
        for (String id : previewed) {
            if (!chosen.contains(id)) {
                editing.content().card(id).ifPresent(card -> card.setSelected(selected.contains(id)));
            }
        }
        for (String id : chosen) {
            editing.content().card(id).ifPresent(card -> card.setSelected(true));
        }
        previewed = chosen;
    }
}
