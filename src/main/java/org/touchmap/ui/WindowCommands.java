package org.touchmap.ui;

import org.touchmap.ui.document.FileActions;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.touchmap.model.Rating;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.help.GettingStarted;
import org.touchmap.ui.help.ShortcutList;
import org.touchmap.ui.help.ShortcutsWindow;
import org.touchmap.ui.i18n.LanguageChoice;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.properties.RatingEdits;
import org.touchmap.ui.structure.StructureEditing;
import org.touchmap.ui.voting.VotingWindow;

/**
 * What the main window's menu items and shortcuts do when no single part of the window does it
 * itself: undo and redo, adding, deleting and rating cards, the dot vote, the language, closing
 * the window and the help pages. {@link MainActions} gives each its text, icon and shortcut.
 */
final class WindowCommands {
    private final Stage stage;
    private final Supplier<Document> document;
    private final MapCanvas canvas;
    private final StructureEditing structure;
    private final VotingWindow votingWindow;
    private final FileActions files;
    private final Supplier<MenuBar> menuBar;

    /**
     * @param document the open document
     * @param menuBar the window's menu bar, asked for only when the shortcuts are shown: the menus
     *        are made from the actions that call these commands, so they exist only afterwards
     */
    WindowCommands(Stage stage, Supplier<Document> document, MapCanvas canvas, StructureEditing structure,
            VotingWindow votingWindow, FileActions files, Supplier<MenuBar> menuBar) {
        this.stage = stage;
        this.document = document;
        this.canvas = canvas;
        this.structure = structure;
        this.votingWindow = votingWindow;
        this.files = files;
        this.menuBar = menuBar;
    }

    void undo() {
        document.get().undo();
    }

    void redo() {
        document.get().redo();
    }

    void addCard() {
        CardEdits.addCard(document.get(), canvas);
    }

    /** Delete from the menu or the toolbar: the same path as the key on the map. */
    boolean deleteSelection() {
        return structure.deleteAnySelection();
    }

    /** F2 from the menu: the same path as the key on the map. */
    boolean renameSelection() {
        return structure.renameSelection();
    }

    void rate(Rating rating) {
        RatingEdits.rate(document.get(), canvas.selectedTouchpointIds(), rating);
    }

    void showDotVoting() {
        votingWindow.show();
    }

    /** Keeps the language for the next start and says so; the open window stays as it is. */
    void chooseLanguage(Locale language) {
        LanguageChoice.forUser().store(language);
        Dialogs.information(stage, Messages.get("language.header", LanguageChoice.nativeName(language)),
                Messages.get("language.afterRestart"));
    }

    void requestClose() {
        if (files.confirmDiscard()) {
            stage.hide();
        }
    }

    /** The keys of every menu as they are now, and the map's own keys, in a window beside the map. */
    void showShortcuts() {
        ShortcutsWindow.show(stage, ShortcutList.of(menuBar.get()));
    }

    void showGettingStarted() {
        GettingStarted.show(stage, this::showShortcuts);
    }

    void showAbout() {
        AboutDialog.show(stage);
    }
}
