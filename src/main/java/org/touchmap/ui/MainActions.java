package org.touchmap.ui;

import org.touchmap.ui.document.FileActions;
import org.touchmap.ui.i18n.Messages;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionCheck;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;
import org.touchmap.ui.canvas.CanvasNavigation;
import org.touchmap.ui.i18n.LanguageChoice;
import org.touchmap.ui.properties.RatingKeys;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.controlsfx.control.action.ActionUtils.ACTION_SEPARATOR;

/**
 * The commands of the main window, each defined once and shown as a menu item and, where
 * useful, a toolbar button, with the same text, icon, shortcut and enabled state.
 */
final class MainActions {
    /** Key of an action's icon literal; each button gets its own icon node, as a node has one parent. */
    private static final String ICON = "touchmap.icon";
    private static final KeyCombination REDO_ALSO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    final Action newMap;
    final Action newFromTemplate;
    final Action open;
    /** One per bundled sample, named by its title. */
    final List<Action> openSample;
    final Action save;
    final Action saveAs;
    final Action export;
    final Action importWorkbook;
    final Action copyImage;
    final Action snapshots;
    final Action compareWithMap;
    final Action exit;
    final Action undo;
    final Action redo;
    final Action addCard;
    final Action delete;
    final Action rename;
    final Action copy;
    final Action paste;
    final Action duplicate;
    final Action selectAll;
    final Action find;
    final Action findNext;
    final Action findPrevious;
    final Action print;
    final Action zoomIn;
    final Action zoomOut;
    final Action actualSize;
    final Action fitToWindow;
    final Action snapToGrid;
    /** Shows or hides the analysis under the canvas. */
    final Action analysis;
    /** Shows or hides the emotion curve of the active chain under the canvas. */
    final Action emotionCurve;
    /** Marks stage health and the weakest links on the canvas. */
    final Action analysisOverlay;
    /** Fold the side panels away and show them again. */
    final Action catalogPanel;
    final Action chainsPanel;
    final Action propertiesPanel;
    /** Shows the map full screen, revealed step by step (see {@link org.touchmap.ui.present.PresenterMode}). */
    final Action presenterMode;
    /** Opens the window of the dot vote, whose participants V and Shift+V vote for on the canvas. */
    final Action dotVoting;
    /** Help → Keyboard shortcuts, generated from the menus' accelerators. */
    final Action shortcuts;
    /** Help → Getting started, a short illustrated page. */
    final Action gettingStarted;
    final Action about;
    /** Rate the selected cards positive, neutral, negative or unrated, in {@link RatingKeys#ORDER}. */
    final List<Action> rate;
    /** One per language the interface speaks, each named in itself; the one in use is checked. */
    final List<Action> languages;

    MainActions(MainWindow window) {
        FileActions files = window.files();
        WindowCommands commands = window.commands();
        newMap = action("action.new", "mdi2f-file-outline", "Shortcut+N", e -> files.newMap());
        newFromTemplate = action("action.newFromTemplate", "mdi2f-file-document-multiple-outline", "Shortcut+Shift+T",
                e -> files.newFromTemplate());
        open = action("action.open", "mdi2f-folder-open-outline", "Shortcut+O", e -> files.open());
        openSample = FileActions.samples().stream()
                .map(sample -> new Action(sample.title(), e -> files.openSample(sample.name()))).toList();
        save = action("action.save", "mdi2c-content-save-outline", "Shortcut+S", e -> files.save());
        saveAs = action("action.saveAs", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S", e -> files.saveAs());
        export = action("action.export", "mdi2e-export", "Shortcut+E", e -> window.exporting().export());
        importWorkbook = action("action.importWorkbook", "mdi2f-file-excel-outline", null,
                e -> window.importing().importWorkbook());
        copyImage = action("action.copyImage", "mdi2i-image-outline", "Shortcut+Shift+C",
                e -> window.exporting().copyAsImage());
        snapshots = action("action.snapshots", null, null, e -> window.comparing().showSnapshots());
        compareWithMap = action("action.compareWithMap", null, null, e -> window.comparing().compareWithMap());
        exit = action("action.exit", null, "Shortcut+Q", e -> commands.requestClose());
        undo = action("action.undo", "mdi2u-undo", "Shortcut+Z", e -> commands.undo());
        redo = action("action.redo", "mdi2r-redo", "Shortcut+Y", e -> commands.redo());
        addCard = action("action.addCard", "mdi2c-card-plus-outline", "Shortcut+Shift+N", e -> commands.addCard());
        delete = action("action.delete", "mdi2d-delete-outline", "Delete", e -> commands.deleteSelection());
        rename = action("action.rename", null, "F2", e -> commands.renameSelection());
        copy = action("action.copy", null, "Shortcut+C", e -> window.editing().copy());
        paste = action("action.paste", null, "Shortcut+V", e -> window.editing().paste());
        duplicate = action("action.duplicate", null, "Shortcut+D", e -> window.editing().duplicate());
        selectAll = action("action.selectAll", null, "Shortcut+A", e -> window.editing().selectAll());
        find = action("action.find", "mdi2m-magnify", "Shortcut+F", e -> window.searchBar().open());
        findNext = action("action.findNext", null, "F3", e -> window.searchBar().next());
        findPrevious = action("action.findPrevious", null, "Shift+F3", e -> window.searchBar().previous());
        print = action("action.print", "mdi2p-printer-outline", "Shortcut+P", e -> window.printing().print());
        CanvasNavigation navigation = window.canvas().navigation();
        zoomIn = action("action.zoomIn", "mdi2m-magnify-plus-outline", "Shortcut+Plus", e -> navigation.zoomIn());
        zoomOut = action("action.zoomOut", "mdi2m-magnify-minus-outline", "Shortcut+Minus", e -> navigation.zoomOut());
        actualSize = action("action.actualSize", null, "Shortcut+0", e -> navigation.resetZoom());
        fitToWindow = action("action.fit", "mdi2f-fit-to-screen-outline", "Shortcut+9", e -> navigation.fitToWindow());
        snapToGrid = new ToggleAction(Messages.get("action.snapToGrid"));
        snapToGrid.selectedProperty().bindBidirectional(window.editing().snapToGridProperty());
        analysis = new ToggleAction(Messages.get("action.analysis"));
        analysis.setAccelerator(KeyCombination.keyCombination("F9"));
        analysis.selectedProperty().bindBidirectional(window.analysis().showingProperty());
        emotionCurve = new ToggleAction(Messages.get("action.emotionCurve"));
        emotionCurve.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        emotionCurve.selectedProperty().bindBidirectional(window.emotionStrip().showingProperty());
        analysisOverlay = new ToggleAction(Messages.get("action.analysisOverlay"));
        analysisOverlay.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        analysisOverlay.selectedProperty().bindBidirectional(window.analysisOverlay().showingProperty());
        catalogPanel = panelToggle("action.panel.catalog", window.sidePanels().catalogShown());
        chainsPanel = panelToggle("action.panel.chains", window.sidePanels().chainsShown());
        propertiesPanel = panelToggle("action.panel.properties", window.sidePanels().propertiesShown());
        presenterMode = action("action.presenterMode", "mdi2p-presentation-play", "F5", e -> window.presenter().enter());
        dotVoting = action("action.dotVoting", "mdi2v-vote-outline", "Shortcut+Shift+V", e -> commands.showDotVoting());
        shortcuts = action("action.shortcuts", null, "F1", e -> commands.showShortcuts());
        gettingStarted = action("action.gettingStarted", null, null, e -> commands.showGettingStarted());
        about = action("action.about", null, null, e -> commands.showAbout());
        rate = RatingKeys.ORDER.stream().map(rating -> {
            Action action = action("action.rate." + rating.name().toLowerCase(Locale.ROOT), null, null,
                    e -> commands.rate(rating));
            action.setAccelerator(RatingKeys.of(rating));
            return action;
        }).toList();
        // The language in use carries a check mark in its text: menu items made from actions show no
        // icon nodes, and ControlsFX's check actions run their handler when they are set.
        languages = Messages.SUPPORTED.stream().map(language -> new Action(
                LanguageChoice.nativeName(language) + (language.equals(Messages.locale()) ? "  \u2713" : ""),
                e -> commands.chooseLanguage(language))).toList();
    }

    /** An on/off setting, shown as a check menu item. */
    @ActionCheck
    private static final class ToggleAction extends Action {
        ToggleAction(String text) {
            super(text);
        }
    }

    private static Action panelToggle(String key, javafx.beans.property.BooleanProperty shown) {
        Action toggle = new ToggleAction(Messages.get(key));
        toggle.selectedProperty().bindBidirectional(shown);
        return toggle;
    }

    private static Action action(String key, String icon, String shortcut, Consumer<ActionEvent> handler) {
        Action action = new Action(Messages.get(key), handler);
        action.setLongText(Messages.get(key));
        if (icon != null) {
            action.getProperties().put(ICON, icon);
        }
        if (shortcut != null) {
            action.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return action;
    }

    /** Keeps an action's enabled state in step with a condition. */
    static void enableWhen(Action action, ObservableBooleanValue condition) {
        action.disabledProperty().bind(Bindings.not(condition));
    }

    MenuBar menuBar() {
        MenuBar bar = ActionUtils.createMenuBar(List.of(
                new ActionGroup(Messages.get("menu.file"), newMap, newFromTemplate, open,
                        new ActionGroup(Messages.get("action.openSample"), openSample), ACTION_SEPARATOR,
                        save, saveAs, ACTION_SEPARATOR, export, importWorkbook, print, ACTION_SEPARATOR, snapshots,
                        compareWithMap, ACTION_SEPARATOR, exit),
                new ActionGroup(Messages.get("menu.edit"), undo, redo, ACTION_SEPARATOR, addCard, rename, delete,
                        ACTION_SEPARATOR, copy, copyImage, paste, duplicate, ACTION_SEPARATOR, selectAll,
                        ACTION_SEPARATOR, find, findNext, findPrevious,
                        ACTION_SEPARATOR, new ActionGroup(Messages.get("menu.rating"), rate), dotVoting),
                new ActionGroup(Messages.get("menu.view"), zoomIn, zoomOut, actualSize, fitToWindow,
                        ACTION_SEPARATOR, snapToGrid, analysis, analysisOverlay, emotionCurve,
                        new ActionGroup(Messages.get("menu.panels"), catalogPanel, chainsPanel, propertiesPanel),
                        ACTION_SEPARATOR, presenterMode,
                        ACTION_SEPARATOR, new ActionGroup(Messages.get("menu.language"), languages)),
                new ActionGroup(Messages.get("menu.help"), gettingStarted, shortcuts, ACTION_SEPARATOR, about)));
        TextFieldKeys.keepFromMenu(bar);
        ShortcutsOnAnyLayout.install(bar);
        // Most editors redo on Ctrl+Shift+Z as well as on Ctrl+Y; the menu shows one, both work.
        bar.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.getAccelerators().put(REDO_ALSO, () -> {
                    if (!redo.isDisabled()) {
                        redo.handle(new ActionEvent());
                    }
                });
            }
        });
        return bar;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (Action action : List.of(newMap, newFromTemplate, open, save, export, ACTION_SEPARATOR, undo, redo, ACTION_SEPARATOR,
                addCard, delete, ACTION_SEPARATOR, zoomOut, zoomIn, fitToWindow, presenterMode)) {
            bar.getItems().add(action == ACTION_SEPARATOR ? new Separator(Orientation.VERTICAL) : toolBarButton(action));
        }
        return bar;
    }

    private static Button toolBarButton(Action action) {
        Button button = new Button();
        button.setGraphic(Icons.of((String) action.getProperties().get(ICON)));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setFocusTraversable(false);
        button.disableProperty().bind(action.disabledProperty());
        button.setOnAction(action::handle);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> action.getAccelerator() == null
                ? action.getText()
                : action.getText() + "  (" + action.getAccelerator().getDisplayText() + ")", action.textProperty()));
        button.setTooltip(tooltip);
        return button;
    }
}
