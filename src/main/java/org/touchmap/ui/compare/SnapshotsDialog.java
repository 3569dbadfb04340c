package org.touchmap.ui.compare;

import org.touchmap.ui.keys.EscapeCloses;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.touchmap.edit.RemoveSnapshot;
import org.touchmap.edit.RenameSnapshot;
import org.touchmap.edit.TakeSnapshot;
import org.touchmap.model.Snapshot;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The snapshots of the open map: name, when taken and how many cards, with buttons to take a new
 * one, rename or delete the chosen one (each an undoable edit) and compare it with the map as it is.
 * The list follows every edit, so undo shows at once.
 */
final class SnapshotsDialog {
    private final Stage stage = new Stage();
    private final ObservableValue<Document> document;
    private final TableView<Snapshot> table = new TableView<>();
    /** Following the open map while the dialog is shown, else {@code null}. */
    private Subscription following;

    SnapshotsDialog(Window owner, ObservableValue<Document> document, Consumer<Snapshot> compare) {
        this.document = document;
        table.getColumns().add(column("snapshots.column.name", Snapshot::name));
        table.getColumns().add(column("snapshots.column.taken", s -> SnapshotTimes.shown(s.taken())));
        table.getColumns().add(column("snapshots.column.cards", s -> Integer.toString(s.map().touchpoints().size())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(CompareText.get("snapshots.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getStyleClass().add("snapshot-table");

        BooleanBinding noneChosen = Bindings.isNull(table.getSelectionModel().selectedItemProperty());
        Button take = button("snapshots.take", this::take);
        take.setDefaultButton(true);
        Button rename = button("snapshots.rename", this::rename);
        rename.disableProperty().bind(noneChosen);
        Button delete = button("snapshots.delete", this::delete);
        delete.disableProperty().bind(noneChosen);
        Button compareButton = button("snapshots.compare", () -> chosen().ifPresent(compare));
        compareButton.disableProperty().bind(noneChosen);
        // The buttons keep their whole labels and go on a second row when a language needs the room.
        FlowPane buttons = new FlowPane(8, 8, take, rename, delete, compareButton);
        buttons.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        buttons.setPadding(new Insets(8));

        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        root.setPadding(new Insets(8));
        stage.setScene(new Scene(root, 620, 380));
        EscapeCloses.install(stage);
        stage.initOwner(owner);
        stage.setTitle(CompareText.get("snapshots.title"));
        stage.setOnHidden(e -> stopListening());
    }

    void show() {
        stopListening();
        following = MapChanges.follow(document, this::refresh);
        refresh();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void stopListening() {
        if (following != null) {
            following.unsubscribe();
            following = null;
        }
    }

    private void refresh() {
        int chosen = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(document.getValue().map().snapshots());
        if (chosen >= 0 && chosen < table.getItems().size()) {
            table.getSelectionModel().select(chosen);
        }
    }

    private void take() {
        Instant now = Instant.now();
        ask("snapshots.nameQuestion", CompareText.get("snapshots.defaultName", SnapshotTimes.shown(now))).ifPresent(name -> {
            Document doc = document.getValue();
            doc.commands().execute(TakeSnapshot.of(doc.map(), name, now));
            table.getSelectionModel().selectLast();
        });
    }

    private void rename() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        Document doc = document.getValue();
        String oldName = doc.map().snapshots().get(index).name();
        ask("snapshots.renameQuestion", oldName)
                .filter(name -> !name.equals(oldName))
                .ifPresent(name -> doc.commands().execute(new RenameSnapshot(doc.map(), index, name)));
    }

    private void delete() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            Document doc = document.getValue();
            doc.commands().execute(new RemoveSnapshot(doc.map(), index));
        }
    }

    private Optional<Snapshot> chosen() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private Optional<String> ask(String questionKey, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(stage);
        dialog.setTitle(CompareText.get("snapshots.title"));
        dialog.setHeaderText(CompareText.get(questionKey));
        return dialog.showAndWait().map(String::strip);
    }

    private static Button button(String key, Runnable action) {
        Button button = new Button(CompareText.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<Snapshot, String> column(String key, java.util.function.Function<Snapshot, String> value) {
        TableColumn<Snapshot, String> column = new TableColumn<>(CompareText.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
