package org.touchmap.ui.export;

import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.touchmap.io.MapFileException;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.Dialogs;
import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File → Import from Excel: reads a workbook edited in Excel or LibreOffice, shows what would
 * change and which cells cannot be read, and applies the changes as one undo step only when the
 * person says so.
 */
public final class WorkbookImporting {
    private static final double LINE_HEIGHT = 30;
    /** Longer lists scroll; the dialog stays on screen. */
    private static final double MAX_LIST_HEIGHT = 330;

    private final Supplier<Document> document;
    private final Window owner;
    private final FilePicker picker;
    private final ExportPreferences preferences;

    public WorkbookImporting(Supplier<Document> document, Window owner, FilePicker picker,
                             ExportPreferences preferences) {
        this.document = document;
        this.owner = owner;
        this.picker = picker;
        this.preferences = preferences;
    }

    public void importWorkbook() {
        picker.chooseWorkbook(owner, preferences.folder().orElse(null)).ifPresent(this::importFrom);
    }

    /**
     * Reads {@code file} in the background (a large workbook takes seconds), then asks and
     * applies; the map is untouched unless the person confirms.
     */
    void importFrom(Path file) {
        Document current = document.get();
        JourneyMap snapshot = current.map().copy();
        Task<WorkbookChanges> reading = new Task<>() {
            @Override
            protected WorkbookChanges call() throws MapFileException {
                return WorkbookImport.read(snapshot, file);
            }
        };
        Scene scene = owner.getScene();
        scene.setCursor(Cursor.WAIT);
        reading.setOnSucceeded(e -> {
            scene.setCursor(null);
            if (document.get() == current) {
                offer(current, file, reading.getValue());
            }
        });
        reading.setOnFailed(e -> {
            scene.setCursor(null);
            Throwable problem = reading.getException();
            String detail = problem instanceof MapFileException unreadable
                    ? unreadable.message(Messages.locale())
                    : Messages.get("export.failed.detail", String.valueOf(problem));
            Dialogs.error(owner, Messages.get("import.failed.header", file.getFileName()), detail);
        });
        Thread worker = new Thread(reading, "touchmap-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void offer(Document current, Path file, WorkbookChanges changes) {
        if (!changes.hasChanges() && changes.problems().isEmpty()) {
            inform(Messages.get("import.nothing.header"), Messages.get("import.nothing", file.getFileName()));
            return;
        }
        if (confirm(file, changes) && changes.hasChanges()) {
            current.commands().execute(changes.command());
            Notifications.create().owner(owner)
                    .title(Messages.get("import.done.title"))
                    .text(withNotes(Messages.get("import.done", file.getFileName(), changes.changedCount(),
                            changes.addedCount()), changes))
                    .hideAfter(Duration.seconds(6))
                    .showInformation();
        }
    }

    /** The counts of the cards, followed by those of the notes when the workbook changes or adds notes. */
    private static String withNotes(String cardCounts, WorkbookChanges changes) {
        if (changes.notesChangedCount() + changes.notesAddedCount() == 0) {
            return cardCounts;
        }
        return cardCounts + " " + Messages.get("import.notes", changes.notesChangedCount(), changes.notesAddedCount());
    }

    private boolean confirm(Path file, WorkbookChanges changes) {
        Alert alert = new Alert(changes.problems().isEmpty() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.title"));
        alert.setHeaderText(withNotes(Messages.get("import.header", file.getFileName(), changes.changedCount(),
                changes.addedCount()), changes));
        VBox content = new VBox(8);
        if (changes.hasChanges()) {
            content.getChildren().addAll(new Label(Messages.get("import.changes")), list(changes.summary(Messages.locale())));
        }
        if (!changes.problems().isEmpty()) {
            List<String> problems = changes.problems().stream().map(p -> p.message(Messages.locale())).toList();
            content.getChildren().addAll(new Label(Messages.get("import.problems", problems.size())), list(problems));
        }
        content.setPrefWidth(640);
        alert.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(Messages.get("import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(changes.hasChanges() ? List.of(apply, cancel) : List.of(cancel));
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == apply;
    }

    private static ListView<String> list(List<String> lines) {
        ListView<String> view = new ListView<>();
        view.getItems().setAll(lines);
        view.setFixedCellSize(LINE_HEIGHT);
        view.setPrefHeight(Math.min(MAX_LIST_HEIGHT, LINE_HEIGHT * lines.size() + 4));
        view.setFocusTraversable(false);
        return view;
    }

    private void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
