package org.touchmap.ui.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.ui.editor.Selection;

/**
 * Selecting cards by clicking: a click on a card selects it alone, Shift- or Ctrl-click adds or
 * removes it, a click on empty canvas clears the selection. Pressing a card that is already
 * part of a multi-selection keeps the others selected, so they can be dragged together; letting
 * go without dragging then selects that card alone. Cards are found with the layout's hit test,
 * so what counts as "on a card" is the same everywhere.
 */
final class ClickSelection {
    private final CanvasContent content;
    private final Supplier<MapLayout> layout;
    private final Selection selection;
    /** A selected card pressed without modifiers: it becomes the only selected card unless a drag follows. */
    private String selectAloneOnClick;

    ClickSelection(CanvasContent content, Supplier<MapLayout> layout, Selection selection) {
        this.content = content;
        this.layout = layout;
        this.selection = selection;
    }

    void install() {
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void pressed(MouseEvent event) {
        MapLayout current = layout.get();
        if (event.getButton() != MouseButton.PRIMARY || current == null) {
            return;
        }
        // Event coordinates are in the content's own space, which is map space before the zoom.
        Optional<String> hit = current.cardAt(event.getX(), event.getY()).map(CardBox::touchpointId);
        boolean toggle = event.isShiftDown() || event.isShortcutDown();
        Set<String> selected = selection.touchpoints();
        selectAloneOnClick = null;
        if (hit.isEmpty()) {
            if (!toggle) {
                selection.clear();
            }
        } else if (toggle) {
            Set<String> toggled = new LinkedHashSet<>(selected);
            if (!toggled.remove(hit.get())) {
                toggled.add(hit.get());
            }
            selection.selectTouchpoints(toggled);
        } else if (selected.contains(hit.get())) {
            selectAloneOnClick = hit.get();
        } else {
            selection.selectTouchpoints(List.of(hit.get()));
        }
    }

    private void clicked(MouseEvent event) {
        if (selectAloneOnClick != null && event.isStillSincePress() && event.getButton() == MouseButton.PRIMARY) {
            selection.selectTouchpoints(List.of(selectAloneOnClick));
        }
        selectAloneOnClick = null;
    }
}
