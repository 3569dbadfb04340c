package org.touchmap.ui.export;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.render.SvgExport;
import org.touchmap.render.workbook.WorkbookExport;
import org.touchmap.ui.Dialogs;
import org.touchmap.ui.i18n.Messages;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an export off the UI thread, from a copy of the map so that editing can go on. A window
 * with a progress bar appears when the export takes longer than a moment; when the file is
 * written, a notification offers to open its folder; a failure ends in one message.
 */
final class ExportRunner {
    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    /** Exports quicker than this finish without a progress window flashing up. */
    private static final Duration PROGRESS_DELAY = Duration.millis(400);

    private final Window owner;
    private final Consumer<Path> folderOpener;

    /** {@code folderOpener} shows a folder in the system's file manager; {@code null} where there is none. */
    ExportRunner(Window owner, Consumer<Path> folderOpener) {
        this.owner = owner;
        this.folderOpener = folderOpener;
    }

    /** Starts writing {@code snapshot} to {@code target}; {@code whenDone} runs on the UI thread after success. */
    Task<Void> start(JourneyMap snapshot, ExportSettings settings, PictureOptions options, Path target,
                     Runnable whenDone) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                write(snapshot, settings, options, target);
                return null;
            }
        };
        Stage progress = progressWindow(target);
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(e -> {
            if (task.isRunning()) {
                progress.show();
            }
        });
        task.setOnSucceeded(e -> {
            delay.stop();
            progress.close();
            whenDone.run();
            notifyWritten(target);
        });
        task.setOnFailed(e -> {
            delay.stop();
            progress.close();
            Throwable problem = task.getException();
            LOG.log(Level.WARNING, "Export to " + target + " failed", problem);
            Dialogs.error(owner, Messages.get("export.failed.header", target.getFileName()),
                    ExportFailure.describe(problem, target));
        });
        // Not a daemon: closing the window during an export lets the file finish rather than
        // leaving a temporary file behind.
        Thread worker = new Thread(task, "touchmap-export");
        worker.setDaemon(false);
        delay.play();
        worker.start();
        return task;
    }

    private static void write(JourneyMap map, ExportSettings settings, PictureOptions options, Path target)
            throws java.io.IOException {
        switch (settings.format()) {
            case XLSX -> WorkbookExport.write(map, options.locale(), target);
            case PNG -> PngExport.write(map, options, target);
            case SVG -> SvgExport.write(map, options, target);
            case PDF -> {
                if (settings.poster() == null) {
                    PdfExport.write(map, options, target);
                } else {
                    PdfExport.writePoster(map, options, settings.poster(), target);
                }
            }
        }
    }

    private Stage progressWindow(Path target) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("export.title"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        VBox box = new VBox(10, new Label(Messages.get("export.progress", target.getFileName())), bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        return stage;
    }

    private void notifyWritten(Path target) {
        Notifications notification = Notifications.create()
                .owner(owner)
                .title(Messages.get("export.done.title"))
                .text(Messages.get("export.done", target.getFileName()))
                .hideAfter(Duration.seconds(8));
        Path folder = target.toAbsolutePath().getParent();
        if (folderOpener != null && folder != null) {
            notification.action(new Action(Messages.get("export.openFolder"), e -> folderOpener.accept(folder)));
        }
        notification.showInformation();
    }
}
