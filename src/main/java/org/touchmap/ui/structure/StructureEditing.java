package org.touchmap.ui.structure;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.edit.TidyUp;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.MapCanvas;
import javafx.scene.input.KeyCode;
import org.touchmap.ui.canvas.CanvasKeymap;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.chains.ChainPanel;
import org.touchmap.ui.chains.LinkSelection;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * Editing the structure of a map on the canvas: chains (connect cards by dragging from a card's
 * handle or with the connect tool, select and delete arrows, highlight one chain), stages and lanes
 * (select, add, rename in place, reorder by dragging, resize columns, delete, group into phases).
 * The main window puts {@link #chainPanel()} beside the canvas and the actions into its menus; the
 * gestures work on the canvas by themselves.
 */
public final class StructureEditing {
    private static final String STYLESHEET = StructureEditing.class.getResource("structure.css").toExternalForm();
    /** Key of an action's icon literal; each control gets its own icon node, as a node has one parent. */
    private static final String ICON = "touchmap.structure.icon";

    private final EditorContext context;
    private final ChainPanel chainPanel;
    private final ConnectTool connectTool;
    /** The card editing of the same canvas, whose keys this widens. */
    private final CanvasEditing cards;
    private final ArrowPicking arrows;
    private final StructureEdits edits;

    public final Action newChain;
    public final Action connect;
    public final Action showAllChains;
    public final Action addStageBefore;
    public final Action addStageAfter;
    public final Action addLaneAbove;
    public final Action addLaneBelow;
    public final Action rename;
    public final Action deleteSelected;
    public final Action tidyUp;

    public StructureEditing(ObservableValue<Document> document, MapCanvas canvas, Selection selection) {
        LinkSelection links = new LinkSelection();
        context = new EditorContext(document, canvas, selection, links);
        chainPanel = new ChainPanel(document, selection, links);
        HeaderRenameEditor renameEditor = new HeaderRenameEditor(context);
        edits = new StructureEdits(context, renameEditor);
        arrows = new ArrowPicking(context);
        connectTool = new ConnectTool(context);
        ConnectionHandles handles = new ConnectionHandles(context, new ConnectDrag(context));
        cards = canvas.installEditing(document);

        org.touchmap.ui.canvas.SceneStylesheets.follow(canvas, STYLESHEET);
        new HeaderMarks(context).install();
        renameEditor.install();
        connectTool.install();
        arrows.install();
        new HeaderGestures(context, renameEditor, edits).install();
        handles.install();
        new StructureMenus(context, edits, arrows, renameEditor).install();
        widenCardKeys(cards.keymap());
        connectTool.activeProperty().addListener((obs, was, now) -> handles.setEnabled(!now));
        document.addListener((obs, old, now) -> documentReplaced());
        // Cards, a stage and a lane exclude each other, whichever way the cards were selected.
        selection.touchpoints().addListener((SetChangeListener<String>) change -> {
            if (!selection.touchpoints().isEmpty()) {
                selection.stage().set(null);
                selection.lane().set(null);
            }
        });
        canvas.mapLayoutProperty().addListener((obs, old, now) -> forgetWhatIsGone());

        newChain = action("action.newChain", "mdi2v-vector-polyline-plus", null, e -> chainPanel.newChain());
        connect = action("action.connect", "mdi2v-vector-line", "Shortcut+L", e -> { });
        connect.selectedProperty().bindBidirectional(connectTool.activeProperty());
        showAllChains = action("action.showAllChains", "mdi2e-eye-outline", null, e -> chainPanel.showAllChains());
        addStageBefore = action("action.addStageBefore", "mdi2t-table-column-plus-before", null,
                e -> edits.addStage(false));
        // K for the column (колонка, колона); L for the lane. Neither letter is taken with Ctrl+Shift.
        addStageAfter = action("action.addStageAfter", "mdi2t-table-column-plus-after", "Shortcut+Shift+K",
                e -> edits.addStage(true));
        addLaneAbove = action("action.addLaneAbove", "mdi2t-table-row-plus-before", null, e -> edits.addLane(false));
        addLaneBelow = action("action.addLaneBelow", "mdi2t-table-row-plus-after", "Shortcut+Shift+L", e -> edits.addLane(true));
        // F2 is Edit → Rename's, which renames whatever is selected; this item shows no shortcut of its own.
        rename = action("action.rename", "mdi2p-pencil-outline", null, e -> edits.renameSelected());
        deleteSelected = action("action.deleteStructure", "mdi2d-delete-outline", null, e -> deleteSelection());
        tidyUp = action("action.tidyUp", "mdi2v-view-grid-outline", null, e -> tidyUp());
        BooleanBinding noDocument = Bindings.createBooleanBinding(() -> document.getValue() == null, document);
        for (Action action : List.of(newChain, connect, addStageBefore, addStageAfter, addLaneAbove, addLaneBelow)) {
            action.disabledProperty().bind(noDocument);
        }
        showAllChains.disabledProperty().bind(selection.chain().isNull());
        rename.disabledProperty().bind(Bindings.createBooleanBinding(
                () -> selection.context().get() != Selection.Context.STAGE
                        && selection.context().get() != Selection.Context.LANE, selection.context()));
        deleteSelected.disabledProperty().bind(hasDeletableSelection().not());
        // Only a map with hidden cards (from a file) has anything to tidy up.
        tidyUp.disabledProperty().bind(Bindings.createBooleanBinding(
                () -> context.map() == null || !CardOverlaps.any(context.map()), canvas.mapLayoutProperty(), document));
    }

    /** The chain list and the active chain's properties, for a side of the window. */
    public ChainPanel chainPanel() {
        return chainPanel;
    }

    /** The selected arrow, shown on the canvas and in the chain panel. */
    public LinkSelection linkSelection() {
        return context.links();
    }

    /** Whether a link, a stage or a lane is selected, which {@link #deleteSelection()} would delete. */
    public BooleanBinding hasDeletableSelection() {
        Selection selection = context.selection();
        return Bindings.createBooleanBinding(() -> context.links().get() != null
                        || selection.context().get() == Selection.Context.STAGE
                        || selection.context().get() == Selection.Context.LANE,
                context.links().selectedProperty(), selection.context());
    }

    /**
     * Deletes the selected arrow's link, or the selected stage or lane (asking about its cards).
     * Returns false when none of these is selected, so the caller can delete selected cards instead.
     */
    public boolean deleteSelection() {
        return arrows.deleteSelected() || edits.deleteSelected();
    }

    /**
     * F2 from the key or the menu: the name of the one selected card, or else of the selected stage
     * or lane, opens for editing; false when none of these is selected.
     */
    public boolean renameSelection() {
        return cards.renameSelected() || edits.renameSelected();
    }

    /**
     * Delete from the key or the menu: the selected cards, or else the selected arrow's link, stage
     * or lane. One path, so the key and the menu never disagree.
     */
    public boolean deleteAnySelection() {
        return cards.deleteSelected() || deleteSelection();
    }

    /** The map's Delete, Backspace, F2 and Escape reach arrows, stages and lanes as well as cards. */
    private void widenCardKeys(CanvasKeymap keymap) {
        for (KeyCode delete : List.of(KeyCode.DELETE, KeyCode.BACK_SPACE)) {
            keymap.widen(CanvasKeymap.Keys.plain(delete), "delete the selection", event -> deleteAnySelection());
        }
        keymap.widen(CanvasKeymap.Keys.plain(KeyCode.F2), "rename the selection", event -> renameSelection());
        keymap.widen(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "cancel the drag, let go, end the connect tool",
                event -> cards.cancelDragOrLetGo() || escape());
    }

    /** Escape: ends the connect tool, or lets go of the selected arrow; false when neither was there. */
    public boolean escape() {
        if (connectTool.activeProperty().get()) {
            connectTool.stop();
            return true;
        }
        if (context.links().get() != null) {
            context.links().clear();
            return true;
        }
        return false;
    }

    /** Whether a stage or a lane is selected, whose name {@link #renameSelection()} would open. */
    public BooleanBinding hasRenamableSelection() {
        return rename.disabledProperty().not();
    }

    /** The structure actions as one menu, for the main window's menu bar. */
    public Menu menu() {
        Menu menu = new Menu(StructureText.get("menu.structure"));
        menu.getItems().addAll(ActionUtils.createMenuItem(newChain), ActionUtils.createCheckMenuItem(connect),
                ActionUtils.createMenuItem(showAllChains), new SeparatorMenuItem(),
                ActionUtils.createMenuItem(addStageBefore), ActionUtils.createMenuItem(addStageAfter),
                ActionUtils.createMenuItem(addLaneAbove), ActionUtils.createMenuItem(addLaneBelow),
                new SeparatorMenuItem(), ActionUtils.createMenuItem(rename),
                ActionUtils.createMenuItem(deleteSelected), new SeparatorMenuItem(),
                ActionUtils.createMenuItem(tidyUp));
        return menu;
    }

    /** Puts every card that hides another into free space of its cell, as one undo step. */
    public void tidyUp() {
        JourneyMap map = context.map();
        if (map != null) {
            TidyUp.plan(map).ifPresent(context::execute);
        }
    }

    /** Toolbar buttons for the connect tool and a new chain. */
    public List<Node> toolBarItems() {
        ToggleButton connectButton = new ToggleButton();
        connectButton.selectedProperty().bindBidirectional(connect.selectedProperty());
        Button newChainButton = new Button();
        newChainButton.setOnAction(newChain::handle);
        return List.of(toolBarButton(connect, connectButton), toolBarButton(newChain, newChainButton));
    }

    private void documentReplaced() {
        connectTool.stop();
        context.links().clear();
        context.selection().clearAll();
    }

    /** After an undo the selected stage, lane or chain may be gone; the selection lets go of it. */
    private void forgetWhatIsGone() {
        JourneyMap map = context.map();
        Selection selection = context.selection();
        if (map == null) {
            return;
        }
        if (selection.stage().get() != null && map.findStage(selection.stage().get()).isEmpty()) {
            selection.stage().set(null);
        }
        if (selection.lane().get() != null && map.findLane(selection.lane().get()).isEmpty()) {
            selection.lane().set(null);
        }
        if (selection.chain().get() != null && map.findChain(selection.chain().get()).isEmpty()) {
            selection.selectChain(null);
        }
        context.links().keepValidIn(map);
    }

    private static Node toolBarButton(Action action, ButtonBase button) {
        button.setGraphic(new FontIcon((String) action.getProperties().get(ICON)));
        button.setId("toolbar-" + action.getProperties().get(ICON));
        button.disableProperty().bind(action.disabledProperty());
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(action.getLongText()));
        return button;
    }

    private static Action action(String key, String icon, String shortcut, Consumer<ActionEvent> handler) {
        Action action = new Action(StructureText.get(key), Objects.requireNonNull(handler));
        String hint = StructureText.get(key + ".hint");
        // A hint, where there is one, says more than the menu's short text, in the tooltip.
        action.setLongText(hint.equals(key + ".hint") ? StructureText.get(key) : hint);
        action.getProperties().put(ICON, icon);
        if (shortcut != null) {
            action.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return action;
    }
}
