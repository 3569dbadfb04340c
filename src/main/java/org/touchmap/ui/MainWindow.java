package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.structure.StructureEditing;

/**
 * The editor window: menu and toolbar on top, the map canvas in the middle, a status line
 * below. It owns the open {@link Document}; every change to the map goes through the
 * document's command stack, which this window listens to for the title, undo state and redraw.
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
    private final FileActions files;
    private final MainActions actions;
    private final StructureEditing structure;
    private final StatusLine status = new StatusLine();
    private final Runnable onMapChanged = this::mapChanged;

    public MainWindow(Stage stage, FilePicker picker, RecentFiles recentFiles) {
        this.stage = stage;
        this.files = new FileActions(document, () -> stage, picker, recentFiles);
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

        BorderPane root = new BorderPane();
        MenuBar menuBar = actions.menuBar();
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, structure.menu());
        ToolBar toolBar = actions.toolBar();
        toolBar.getItems().add(new Separator(Orientation.VERTICAL));
        toolBar.getItems().addAll(structure.toolBarItems());
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(canvas);
        root.setRight(structure.chainPanel());
        root.setBottom(status.node());
        status.zoomProperty().bind(canvas.zoomProperty());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource("main-window.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            }
        });
    }

    /** Shows {@code initial} in the window. */
    public void show(Document initial) {
        document.set(initial);
        stage.show();
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

    CanvasEditing editing() {
        return editing;
    }

    FileActions files() {
        return files;
    }

    private void documentReplaced(Document old, Document now) {
        if (old != null) {
            old.commands().removeListener(onMapChanged);
        }
        now.commands().addListener(onMapChanged);
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
    }

    void undo() {
        if (document.get().commands().canUndo()) {
            document.get().commands().undo();
        }
    }

    void redo() {
        if (document.get().commands().canRedo()) {
            document.get().commands().redo();
        }
    }

    void addCard() {
        CardEdits.addCard(document.get(), canvas);
    }

    void deleteSelection() {
        if (!structure.deleteSelection()) {
            CardEdits.deleteCards(document.get(), canvas.selectedTouchpointIds());
        }
    }

    void requestClose() {
        if (files.confirmDiscard()) {
            stage.hide();
        }
    }

    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle(Messages.get("app.name"));
        about.setHeaderText(Messages.get("about.header"));
        about.setContentText(Messages.get("about.text"));
        about.showAndWait();
    }
}
