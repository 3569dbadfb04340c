package org.touchmap.ui;

import org.touchmap.ui.document.FileActions;
import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.document.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.analysis.AnalysisPanel;
import org.touchmap.ui.canvas.AnalysisOverlay;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.canvas.EmotionStripView;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.compare.Comparing;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.export.ExportPreferences;
import org.touchmap.ui.export.Exporting;
import org.touchmap.ui.export.PrinterAccess;
import org.touchmap.ui.export.Printing;
import org.touchmap.ui.export.WorkbookImporting;
import org.touchmap.ui.find.SearchBar;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.present.PresenterMode;
import org.touchmap.ui.start.HelpLinks;
import org.touchmap.ui.structure.StructureEditing;
import org.touchmap.ui.voting.DotVoting;
import org.touchmap.ui.voting.VoteBadges;
import org.touchmap.ui.voting.VoteKeys;
import org.touchmap.ui.voting.VotingWindow;

/**
 * The editor window: menu and toolbar on top, the channel catalog, the map canvas and the
 * property panel side by side, a status line below. It owns the open {@link Document} and puts
 * the window together; every change to the map goes through the document's command stack, and
 * each view follows it on its own through {@link MapChanges}, the canvas first. Where the parts sit is {@link MainLayout}'s, the menus
 * and their enabled states are {@link MainMenus}', the commands are {@link MainActions}', and
 * those the window runs itself are {@link WindowCommands}'.
 */
public final class MainWindow {
    private final Stage stage;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final Selection selection = new Selection();
    private final MapCanvas canvas = new MapCanvas(Messages.locale(), LayoutSettings.defaults(), selection);
    /** The canvas follows the document from here on, first of all views. */
    private final CanvasEditing editing = canvas.installEditing(document);
    private final EmotionStripView emotionStrip = new EmotionStripView(canvas);
    private final AnalysisOverlay analysisOverlay = new AnalysisOverlay(canvas);
    private final SearchBar searchBar = new SearchBar(canvas, () -> map(), Messages.locale());
    private Printing printing;
    private final PresenterMode presenter;
    private final DotVoting dotVoting = new DotVoting(document::get, selection);
    private final VoteBadges voteBadges = new VoteBadges(canvas);
    private final VotingWindow votingWindow;
    private final FileActions files;
    private final Exporting exporting;
    private final WorkbookImporting importing;
    private final Comparing comparing;
    /** Opens an address (a folder, a web page, a file) the way the desktop opens it; null where there is none. */
    private Consumer<String> desktopOpener;
    private final StructureEditing structure;
    private final WindowCommands commands;
    private final StatusLine status = new StatusLine();
    private final SidePanels sidePanels;
    private final MainMenus menus;
    private final AnalysisPanel analysis = new AnalysisPanel(() -> document.get() == null ? null : document.get().map(),
            id -> {
                selection.selectTouchpoints(List.of(id));
                canvas.navigation().reveal(id);
            });
    private final ChangeListener<Boolean> checkFileOnFocus = (obs, was, focused) -> {
        if (focused) {
            Platform.runLater(this::windowFocused);
        }
    };

    public MainWindow(Stage stage, FilePicker picker, RecentFiles recentFiles) {
        this.stage = stage;
        this.presenter = new PresenterMode(stage, canvas, emotionStrip, document::get, editing);
        QuietWhilePresenting.install(presenter, canvas, searchBar);
        this.sidePanels = new SidePanels(new PanelSizes(recentFiles.settingsNode("panels")));
        this.files = new FileActions(document, () -> stage, picker, recentFiles, this::windowFollowsMap);
        ExportPreferences exportPreferences = new ExportPreferences(recentFiles.settingsNode("export"));
        this.exporting = new Exporting(document::get, () -> selection.chain().get(), stage, picker, exportPreferences,
                folder -> {
                    if (desktopOpener != null) {
                        desktopOpener.accept(folder.toUri().toString());
                    }
                });
        this.importing = new WorkbookImporting(document::get, stage, picker, exportPreferences);
        this.printing = new Printing(() -> map(), stage, PrinterAccess.system());
        this.votingWindow = new VotingWindow(stage, document, dotVoting);
        new VoteKeys(dotVoting).install(canvas);
        this.comparing = new Comparing(document, canvas, () -> stage, picker);
        MapChanges.follow(document, this::windowFollowsMap);
        MapChanges.follow(document, analysis::mapChanged);
        MapChanges.follow(document, searchBar::mapChanged);
        this.structure = new StructureEditing(document, canvas, selection);
        this.commands = new WindowCommands(stage, document::get, canvas, structure, votingWindow, files,
                this::menuBar);
        files.setHelpLinks(new HelpLinks(commands::showGettingStarted, commands::showShortcuts));
        MainActions actions = new MainActions(this);
        this.menus = new MainMenus(actions, structure, canvas, this::map);
        new CanvasContextMenus(canvas, editing, actions).install();

        MainLayout layout = new MainLayout(document, selection, canvas, structure, searchBar, emotionStrip,
                uri -> {
                    if (desktopOpener != null) {
                        desktopOpener.accept(uri);
                    }
                });
        stage.setScene(layout.scene(menus, sidePanels, analysis, status, this::map));
        stage.getIcons().setAll(AppIcons.all());
        // Weak: the stage may outlive this window (tests reuse one stage), and must not keep it alive.
        stage.focusedProperty().addListener(new WeakChangeListener<>(checkFileOnFocus));
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            }
        });
    }

    private JourneyMap map() {
        return document.get() == null ? null : document.get().map();
    }

    private MenuBar menuBar() {
        return menus.menuBar();
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

    VotingWindow votingWindow() {
        return votingWindow;
    }

    WindowCommands commands() {
        return commands;
    }

    /** How to show a folder in the system's file manager, e.g. after an export. */
    /** How this window opens folders, web addresses and files: the desktop's, from the application. */
    public void setDesktopOpener(Consumer<String> opener) {
        this.desktopOpener = opener;
    }

    private void windowFocused() {
        files.windowFocused();
    }

    /** The window's own parts that show the map's state: the undo menu items, the title, the status line. */
    private void windowFollowsMap() {
        Document current = document.get();
        menus.commandsChanged(current.commands());
        stage.setTitle(WindowTitle.of(current));
        status.show(current.map());
    }
}
