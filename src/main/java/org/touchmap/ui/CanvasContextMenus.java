package org.touchmap.ui;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.canvas.NoteMenu;
import org.touchmap.ui.i18n.Messages;

import static org.controlsfx.control.action.ActionUtils.ACTION_SEPARATOR;

/**
 * The context menus of cards and of the empty grid. They offer the same actions as the Edit menu,
 * so a right-click and a shortcut do the same thing. Headers and arrows have their own menus,
 * which take the event first.
 */
final class CanvasContextMenus {
    private final MapCanvas canvas;
    private final CanvasEditing editing;
    private final MainActions actions;
    private ContextMenu shown;
    private final NoteMenu notes;

    CanvasContextMenus(MapCanvas canvas, CanvasEditing editing, MainActions actions) {
        this.notes = new NoteMenu(editing);
        this.canvas = canvas;
        this.editing = editing;
        this.actions = actions;
    }

    void install() {
        canvas.mapContent().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    private void requested(ContextMenuEvent event) {
        MapLayout layout = canvas.mapLayout();
        if (layout == null || event.isConsumed() || editing.isTyping()) {
            return;
        }
        double x = event.getX();
        double y = event.getY();
        Optional<String> card = layout.cardAt(x, y).map(CardBox::touchpointId);
        Optional<ContextMenu> noteMenu = card.isPresent() ? Optional.empty() : notes.at(x, y);
        ContextMenu menu;
        if (noteMenu.isPresent()) {
            menu = noteMenu.get();
        } else if (card.isPresent()) {
            // A right-click on a card outside the selection is about that card alone.
            if (!canvas.selectedTouchpointIds().contains(card.get())) {
                canvas.selection().selectTouchpoints(List.of(card.get()));
            }
            menu = cardMenu();
        } else if (layout.columnAt(x).isPresent() && layout.rowAt(y).isPresent()) {
            menu = gridMenu(x, y);
        } else {
            return;
        }
        if (shown != null) {
            shown.hide();
        }
        shown = menu;
        if (noteMenu.isEmpty()) {
            menu.setId(card.isPresent() ? "card-menu" : "grid-menu");
        }
        canvas.requestFocus();
        menu.show(canvas, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private ContextMenu cardMenu() {
        return ActionUtils.createContextMenu(List.of(actions.rename, actions.duplicate, actions.copy,
                ACTION_SEPARATOR, new ActionGroup(Messages.get("menu.rating"), actions.rate),
                ACTION_SEPARATOR, actions.delete));
    }

    private ContextMenu gridMenu(double mapX, double mapY) {
        Action addHere = new Action(Messages.get("action.addCardHere"),
                e -> editing.creation().addCardAndRename(mapX, mapY));
        return ActionUtils.createContextMenu(List.of(addHere, actions.paste, ACTION_SEPARATOR, actions.selectAll));
    }
}
