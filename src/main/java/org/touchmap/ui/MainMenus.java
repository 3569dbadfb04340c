package org.touchmap.ui;

import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;

import org.touchmap.edit.CommandStack;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.find.FocusChoice;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.structure.StructureEditing;

/**
 * The main window's menu bar and toolbar: its own actions, structure editing's menu and buttons,
 * and View → Focus; and when each action is enabled, so a menu item is greyed out exactly when it
 * would do nothing. Undo and redo say what they would undo or redo.
 */
final class MainMenus {
    private final MainActions actions;
    private final MenuBar menuBar;
    private final ToolBar toolBar;
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    MainMenus(MainActions actions, StructureEditing structure, MapCanvas canvas, Supplier<JourneyMap> map) {
        this.actions = actions;
        enableWithSelection(structure, canvas);
        menuBar = actions.menuBar();
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, structure.menu());
        addFocusMenu(new FocusChoice(canvas.focusProperty(), map));
        toolBar = actions.toolBar();
        toolBar.getItems().add(new Separator(Orientation.VERTICAL));
        toolBar.getItems().addAll(structure.toolBarItems());
    }

    private void enableWithSelection(StructureEditing structure, MapCanvas canvas) {
        MainActions.enableWhen(actions.undo, canUndo);
        MainActions.enableWhen(actions.redo, canRedo);
        MainActions.enableWhen(actions.delete, Bindings.isNotEmpty(canvas.selectedTouchpointIds())
                .or(structure.hasDeletableSelection()));
        MainActions.enableWhen(actions.copy, Bindings.isNotEmpty(canvas.selectedTouchpointIds()));
        MainActions.enableWhen(actions.duplicate, Bindings.isNotEmpty(canvas.selectedTouchpointIds()));
        MainActions.enableWhen(actions.rename, Bindings.size(canvas.selectedTouchpointIds()).isEqualTo(1)
                .or(structure.hasRenamableSelection()));
        actions.rate.forEach(action ->
                MainActions.enableWhen(action, Bindings.isNotEmpty(canvas.selectedTouchpointIds())));
    }

    /** View → Focus, after the analysis switches, where the other ways of looking at the map are. */
    private void addFocusMenu(FocusChoice focus) {
        menuBar.getMenus().stream().filter(menu -> menu.getText().equals(Messages.get("menu.view"))).findFirst()
                .ifPresent(view -> {
                    int languages = view.getItems().size() - 1;
                    view.getItems().add(languages, focus.menu());
                    view.getItems().add(languages + 1, new SeparatorMenuItem());
                });
    }

    /** The menu bar above the toolbar, for the top of the window. */
    Node node() {
        return new VBox(menuBar, toolBar);
    }

    MenuBar menuBar() {
        return menuBar;
    }

    /** Shows what undo and redo would do now, and enables them only when they would do something. */
    void commandsChanged(CommandStack commands) {
        canUndo.set(commands.canUndo());
        canRedo.set(commands.canRedo());
        actions.undo.setText(commands.undoDescription()
                .map(d -> Messages.get("action.undoWhat", d.text(Messages.locale())))
                .orElse(Messages.get("action.undo")));
        actions.redo.setText(commands.redoDescription()
                .map(d -> Messages.get("action.redoWhat", d.text(Messages.locale())))
                .orElse(Messages.get("action.redo")));
    }
}
