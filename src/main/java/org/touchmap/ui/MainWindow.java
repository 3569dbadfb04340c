package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.export.PrinterAccess;
import org.touchmap.ui.export.Printing;
import org.touchmap.ui.find.FocusChip;
import org.touchmap.ui.find.FocusChoice;
import org.touchmap.ui.find.SearchBar;
import org.touchmap.model.Rating;
import org.touchmap.ui.analysis.AnalysisPanel;
import org.touchmap.analysis.Focus;
import org.touchmap.ui.canvas.AnalysisOverlay;
import org.touchmap.ui.canvas.BadgeLayers;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.canvas.EmotionStripView;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.catalog.CatalogPanel;
import org.touchmap.ui.compare.Comparing;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.export.ExportPreferences;
import org.touchmap.ui.export.Exporting;
import org.touchmap.ui.export.WorkbookImporting;
import org.touchmap.ui.structure.StructureEditing;
import org.touchmap.ui.i18n.LanguageChoice;
import org.touchmap.ui.help.GettingStarted;
import org.touchmap.ui.start.HelpLinks;
import org.touchmap.ui.help.ShortcutList;
import org.touchmap.ui.help.ShortcutsWindow;
import org.touchmap.ui.present.PresenterMode;
import org.touchmap.ui.properties.PropertyPanel;
import org.touchmap.ui.properties.RatingEdits;
import org.touchmap.ui.voting.DotVoting;
import org.touchmap.ui.voting.VoteBadges;
import org.touchmap.ui.voting.VoteKeys;
import org.touchmap.ui.voting.VotingWindow;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The editor window: menu and toolbar on top, the channel catalog, the map canvas and the
 * property panel side by side, a status line below. It owns the open {@link Document}; every
 * change to the map goes through the document's command stack, which this window listens to
 * for the title, undo state and redraw.
 */
public final class MainWindow {
    private static final double DEFAULT_WIDTH = 1600;
    private static final double DEFAULT_HEIGHT = 960;

    private final Stage stage;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Selection selection = new Selection();
    private final MapCanvas canvas = new MapCanvas(Messages.locale(), LayoutSettings.defaults(), selection);
    private final CanvasEditing editing = canvas.installEditing(document::get);
    private final EmotionStripView emotionStrip = new EmotionStripView(canvas);
    private final AnalysisOverlay analysisOverlay = new AnalysisOverlay(canvas);
    private final SearchBar searchBar = new SearchBar(canvas, () -> map(), Messages.locale());
    private Printing printing;
    private final PresenterMode presenter;
    private Focus focusBeforePresenting;
    private final DotVoting dotVoting = new DotVoting(document::get, selection);
    private final VoteBadges voteBadges = new VoteBadges(canvas);
    private final VotingWindow votingWindow;
    private final FileActions files;
    private final Exporting exporting;
    private final WorkbookImporting importing;
    private final Comparing comparing;
    private Consumer<Path> folderOpener;
    private final MainActions actions;
    private final StructureEditing structure;
    private final StatusLine status = new StatusLine();
    private final SidePanels sidePanels;
    private final MenuBar menuBar;
    private final AnalysisPanel analysis = new AnalysisPanel(() -> document.get() == null ? null : document.get().map(),
            id -> {
                selection.selectTouchpoints(List.of(id));
                canvas.reveal(id);
            });
    private final Runnable onMapChanged = this::mapChanged;
    private final ChangeListener<Boolean> checkFileOnFocus = (obs, was, focused) -> {
        if (focused) {
            Platform.runLater(this::windowFocused);
        }
    };

    public MainWindow(Stage stage, FilePicker picker, RecentFiles recentFiles) {
        this.stage = stage;
        this.presenter = new PresenterMode(stage, canvas, emotionStrip, document::get, editing);
        presenter.presentingProperty().addListener((obs, was, now) -> presentingChanged(now));
        this.sidePanels = new SidePanels(new PanelSizes(recentFiles.settingsNode("panels")));
        this.files = new FileActions(document, () -> stage, picker, recentFiles, this::mapChanged);
        ExportPreferences exportPreferences = new ExportPreferences(recentFiles.settingsNode("export"));
        this.exporting = new Exporting(document::get, () -> selection.chain().get(), stage, picker, exportPreferences,
                folder -> {
                    if (folderOpener != null) {
                        folderOpener.accept(folder);
                    }
                });
        this.importing = new WorkbookImporting(document::get, stage, picker, exportPreferences);
        this.printing = new Printing(() -> map(), stage, PrinterAccess.system());
        this.votingWindow = new VotingWindow(stage, document::get, dotVoting);
        new VoteKeys(dotVoting).install(canvas);
        this.comparing = new Comparing(document, canvas, () -> stage, picker);
        files.setHelpLinks(new HelpLinks(this::showGettingStarted, this::showShortcuts));
        this.actions = new MainActions(this);
        document.addListener((obs, old, now) -> documentReplaced(old, now));
        this.structure = new StructureEditing(document, canvas, selection);
        MainActions.enableWhen(actions.undo, canUndo);
        MainActions.enableWhen(actions.redo, canRedo);
        MainActions.enableWhen(actions.delete, Bindings.isNotEmpty(canvas.selectedTouchpointIds())
                .or(structure.hasDeletableSelection()));
        MainActions.enableWhen(actions.copy, Bindings.isNotEmpty(canvas.selectedTouchpointIds()));
        MainActions.enableWhen(actions.duplicate, Bindings.isNotEmpty(canvas.selectedTouchpointIds()));
        MainActions.enableWhen(actions.rename, Bindings.size(canvas.selectedTouchpointIds()).isEqualTo(1));
        actions.rate.forEach(action ->
                MainActions.enableWhen(action, Bindings.isNotEmpty(canvas.selectedTouchpointIds())));
        new CanvasContextMenus(canvas, editing, actions).install();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95);
        BorderPane root = new BorderPane();
        menuBar = actions.menuBar();
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, structure.menu());
        addFocusMenu(menuBar);
        ToolBar toolBar = actions.toolBar();
        toolBar.getItems().add(new Separator(Orientation.VERTICAL));
        toolBar.getItems().addAll(structure.toolBarItems());
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(sidePanels.withAnalysisBelow(analysis.showingProperty(), () -> analysis.below(workspace())));
        root.setBottom(status.node());
        status.addPart(new FocusChip(canvas, () -> map()).node());
        status.zoomProperty().bind(canvas.zoomProperty());

        Scene scene = new Scene(root, width, Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource("main-window.css").toExternalForm());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        // Weak: the stage may outlive this window (tests reuse one stage), and must not keep it alive.
        stage.focusedProperty().addListener(new WeakChangeListener<>(checkFileOnFocus));
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            }
        });
    }

    /** The catalog above the chains on the left, the canvas with its search bar and emotion strip in the middle, the property panel on the right. */
    private SplitPane workspace() {
        CatalogPanel catalog = new CatalogPanel(selection, document);
        PropertyPanel properties = new PropertyPanel(selection, document);
        structure.chainPanel().setOnChainAdded(properties::editFirstField);
        structure.chainPanel().setOnChainChosen(canvas::revealChain);
        VBox middle = new VBox(searchBar.node(), emotionStrip.withCanvasAbove());
        VBox.setVgrow(middle.getChildren().get(1), Priority.ALWAYS);
        return sidePanels.around(catalog, structure.chainPanel(), properties, middle);
    }

    /** View → Focus, after the analysis switches, where the other ways of looking at the map are. */
    private void addFocusMenu(MenuBar menuBar) {
        FocusChoice focus = new FocusChoice(canvas.focusProperty(), () -> map());
        menuBar.getMenus().stream().filter(menu -> menu.getText().equals(Messages.get("menu.view"))).findFirst()
                .ifPresent(view -> {
                    int languages = view.getItems().size() - 1;
                    view.getItems().add(languages, focus.menu());
                    view.getItems().add(languages + 1, new SeparatorMenuItem());
                });
    }

    private JourneyMap map() {
        return document.get() == null ? null : document.get().map();
    }

    /** Shows {@code initial} in the window. */
    public void show(Document initial) {
        document.set(initial);
        showStage();
    }

    /**
     * Shows the window with {@code file} as its first and only map, so the title never shows
     * another map first; when the file cannot be read the person is told why and gets
     * {@code fallback} instead.
     */
    public void show(Path file, java.util.function.Supplier<Document> fallback) {
        if (!files.openWithoutAsking(file)) {
            document.set(fallback.get());
        }
        showStage();
    }

    private void showStage() {
        // Styled and laid out before it appears, the window's first frame shows the map, not a blank.
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        stage.show();
        // Typing goes to the map (fast entry), not to the first field of a side panel.
        canvas.requestFocus();
    }

    /** Opens a file as if the person chose it; reports a failure and keeps the current map. */
    public boolean open(java.nio.file.Path file) {
        return files.openWithoutAsking(file);
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    Document document() {
        return document.get();
    }

    MapCanvas canvas() {
        return canvas;
    }

    AnalysisOverlay analysisOverlay() {
        return analysisOverlay;
    }

    SidePanels sidePanels() {
        return sidePanels;
    }

    AnalysisPanel analysis() {
        return analysis;
    }

    EmotionStripView emotionStrip() {
        return emotionStrip;
    }

    SearchBar searchBar() {
        return searchBar;
    }

    Printing printing() {
        return printing;
    }

    /** Prints on {@code printers} instead of the system's printers, e.g. in a test. */
    void usePrinters(PrinterAccess printers) {
        printing = new Printing(() -> map(), stage, printers);
    }

    PresenterMode presenter() {
        return presenter;
    }

    CanvasEditing editing() {
        return editing;
    }

    FileActions files() {
        return files;
    }

    Exporting exporting() {
        return exporting;
    }

    WorkbookImporting importing() {
        return importing;
    }

    Comparing comparing() {
        return comparing;
    }

    /** How to show a folder in the system's file manager, e.g. after an export. */
    public void setFolderOpener(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    private void windowFocused() {
        files.windowFocused();
    }

    private void documentReplaced(Document old, Document now) {
        if (old != null) {
            old.commands().removeListener(onMapChanged);
        }
        now.commands().addListener(onMapChanged);
        // A focus belongs to the map it was made on; an open search runs again on the new map.
        canvas.focusProperty().set(null);
        canvas.show(now.map());
        mapChanged();
    }

    private void mapChanged() {
        Document current = document.get();
        canvas.refresh();
        canUndo.set(current.commands().canUndo());
        canRedo.set(current.commands().canRedo());
        actions.undo.setText(current.commands().undoDescription()
                .map(d -> Messages.get("action.undoWhat", d.text(Messages.locale())))
                .orElse(Messages.get("action.undo")));
        actions.redo.setText(current.commands().redoDescription()
                .map(d -> Messages.get("action.redoWhat", d.text(Messages.locale())))
                .orElse(Messages.get("action.redo")));
        stage.setTitle(WindowTitle.of(current));
        status.show(current.map());
        analysis.mapChanged();
        searchBar.mapChanged();
        votingWindow.mapChanged();
    }

    /**
     * The group sees the map as revealed step by step: badges, a focus and search marks would show
     * or fade cards out of turn, so they go while presenting and the focus comes back after.
     */
    private void presentingChanged(boolean presenting) {
        BadgeLayers.hideWhilePresenting(canvas, presenting);
        if (presenting) {
            focusBeforePresenting = canvas.focusProperty().get();
            canvas.focusProperty().set(null);
            if (searchBar.isOpen()) {
                searchBar.close();
            }
        } else {
            canvas.focusProperty().set(focusBeforePresenting);
            focusBeforePresenting = null;
        }
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

    void deleteSelection() {
        if (!structure.deleteSelection()) {
            CardEdits.deleteCards(document.get(), canvas.selectedTouchpointIds());
        }
    }

    void showDotVoting() {
        votingWindow.show();
    }

    VotingWindow votingWindow() {
        return votingWindow;
    }

    void rate(Rating rating) {
        RatingEdits.rate(document.get(), selection.touchpoints(), rating);
    }

    /** Keeps the language for the next start and says so; the open window stays as it is. */
    void chooseLanguage(Locale language) {
        LanguageChoice.forUser().store(language);
        Alert info = new Alert(Alert.AlertType.INFORMATION);
        info.initOwner(stage);
        info.setTitle(Messages.get("app.name"));
        info.setHeaderText(Messages.get("language.header", LanguageChoice.nativeName(language)));
        info.setContentText(Messages.get("language.afterRestart"));
        info.showAndWait();
    }

    void requestClose() {
        if (files.confirmDiscard()) {
            stage.hide();
        }
    }

    /** The keys of every menu as they are now, and the map's own keys, in a window beside the map. */
    void showShortcuts() {
        ShortcutsWindow.show(stage, ShortcutList.of(menuBar));
    }

    void showGettingStarted() {
        GettingStarted.show(stage, this::showShortcuts);
    }

    void showAbout() {
        AboutDialog.show(stage);
    }
}
