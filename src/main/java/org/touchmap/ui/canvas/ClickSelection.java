package org.touchmap.ui.canvas;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;

/**
 * Selecting cards by clicking: a click on a card selects it alone, Shift- or Ctrl-click adds or
 * removes it, a click on empty canvas clears the selection. Cards are found with the layout's
 * hit test, so what counts as "on a card" is the same everywhere.
 */
final class ClickSelection {
    private final CanvasContent content;
    private final Supplier<MapLayout> layout;
    private final Set<String> selection;

    ClickSelection(CanvasContent content, Supplier<MapLayout> layout, Set<String> selection) {
        this.content = content;
        this.layout = layout;
        this.selection = selection;
    }

    void install() {
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    }

    private void pressed(MouseEvent event) {
        MapLayout current = layout.get();
        if (event.getButton() != MouseButton.PRIMARY || current == null) {
            return;
        }
        // Event coordinates are in the content's own space, which is map space before the zoom.
        Optional<String> hit = current.cardAt(event.getX(), event.getY()).map(CardBox::touchpointId);
        boolean toggle = event.isShiftDown() || event.isShortcutDown();
        if (hit.isEmpty()) {
            if (!toggle) {
                selection.clear();
            }
        } else if (toggle) {
            if (!selection.remove(hit.get())) {
                selection.add(hit.get());
            }
        } else if (!(selection.size() == 1 && selection.contains(hit.get()))) {
            selection.clear();
            selection.add(hit.get());
        }
    }
}
