package org.touchmap.ui.compare;

import org.touchmap.ui.keys.EscapeCloses;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.MapDiff;
import org.touchmap.analysis.NoteChange;
import org.touchmap.analysis.NoteDiff;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.editor.Selection;

/**
 * Two maps side by side, before on the left and after on the right, each on its own read-only
 * canvas, with the list of changes below. Choosing a change selects and reveals the card on both
 * sides (a removed card only on the left) and tells the editor, which can select it too.
 */
public final class ComparisonWindow {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 860;

    private final Stage stage = new Stage();
    private final MapCanvas beforeCanvas = readOnlyCanvas();
    private final MapCanvas afterCanvas = readOnlyCanvas();
    /** The cards' changes, then the notes'; each item is a {@link TouchpointChange} or a {@link NoteChange}. */
    private final ListView<Object> changes = new ListView<>();

    /**
     * @param chosen told the id of the card in the map after whenever a change of a card still on it is chosen
     */
    ComparisonWindow(Window owner, Side before, Side after, Consumer<String> chosen) {
        List<Object> found = new java.util.ArrayList<>(MapDiff.between(before.map(), after.map()));
        found.addAll(NoteDiff.between(before.map(), after.map()));
        beforeCanvas.show(before.map());
        afterCanvas.show(after.map());
        new ChangeOverlay(afterCanvas).compareWith(before.map());

        changes.getStyleClass().add("compare-change-list");
        changes.getItems().setAll(found);
        changes.setCellFactory(list -> new ChangeCell());
        changes.setPlaceholder(new Label(CompareText.get("changes.none")));
        changes.getSelectionModel().selectedItemProperty().addListener((obs, old, change) -> {
            if (change != null) {
                choose(change, chosen);
            }
        });

        SplitPane sides = new SplitPane(side(before, "side.before", beforeCanvas), side(after, "side.after", afterCanvas));
        VBox list = new VBox(new Label(CompareText.get("changes.title", found.size())), changes);
        list.getStyleClass().add("compare-changes");
        VBox.setVgrow(changes, Priority.ALWAYS);
        SplitPane all = new SplitPane(sides, list);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.7);

        Scene scene = new Scene(new BorderPane(all), WIDTH, HEIGHT);
        scene.getStylesheets().add(ChangeOverlay.STYLESHEET);
        stage.setScene(scene);
        EscapeCloses.install(stage);
        stage.initOwner(owner);
        stage.setTitle(CompareText.get("window.title", before.title(), after.title()));
    }

    /** One of the two compared maps and what to call it. */
    record Side(JourneyMap map, String title) {
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        beforeCanvas.navigation().fitToWindow();
        afterCanvas.navigation().fitToWindow();
    }

    private static MapCanvas readOnlyCanvas() {
        // No editing is installed: the canvas selects and scrolls, but changes nothing.
        return new MapCanvas(CompareText.locale(), LayoutSettings.defaults(), new Selection());
    }

    private static VBox side(Side side, String key, MapCanvas canvas) {
        Label title = new Label(CompareText.get(key, side.title()));
        title.getStyleClass().add("compare-side-title");
        VBox box = new VBox(title, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        return box;
    }

    private void choose(Object item, Consumer<String> chosen) {
        if (item instanceof NoteChange note) {
            // A note is not selected, only shown: each side scrolls to it where it is there.
            beforeCanvas.selectedTouchpointIds().clear();
            afterCanvas.selectedTouchpointIds().clear();
            beforeCanvas.navigation().reveal(note.before() == null ? null : note.before().id());
            afterCanvas.navigation().reveal(note.after() == null ? null : note.after().id());
            return;
        }
        TouchpointChange change = (TouchpointChange) item;
        select(beforeCanvas, change.before() == null ? null : change.before().id());
        select(afterCanvas, change.after() == null ? null : change.after().id());
        if (change.after() != null) {
            chosen.accept(change.after().id());
        }
    }

    private static void select(MapCanvas canvas, String id) {
        if (id == null) {
            canvas.selectedTouchpointIds().clear();
            return;
        }
        canvas.selection().selectTouchpoints(List.of(id));
        canvas.navigation().reveal(id);
    }

    private static final class ChangeCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("removed");
            if (empty || item == null) {
                setText(null);
                return;
            }
            ChangeKind kind;
            if (item instanceof NoteChange note) {
                setText(CompareText.line(note));
                kind = note.kind();
            } else {
                TouchpointChange change = (TouchpointChange) item;
                setText(CompareText.line(change));
                kind = change.kind();
            }
            if (kind == ChangeKind.REMOVED) {
                getStyleClass().add("removed");
            }
        }
    }
}
