package org.touchmap.ui.export;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
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

import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PrintPages;
import org.touchmap.ui.Dialogs;
import org.touchmap.ui.i18n.Messages;

/**
 * File → Print: how the map goes on paper (one page or a poster), then the system's print dialog,
 * then the pages, drawn one by one off the UI thread from a copy of the map, so editing can go on.
 * Without a printer the person is told what to do instead, and nothing else happens.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());
    /** 144 dots per inch: sharp text on paper, and an A4 page stays under 10 MB while it is sent. */
    private static final double PIXELS_PER_POINT = 2;

    private final Supplier<JourneyMap> map;
    private final Window owner;
    private final PrinterAccess printers;

    public Printing(Supplier<JourneyMap> map, Window owner, PrinterAccess printers) {
        this.map = Objects.requireNonNull(map, "map");
        this.owner = owner;
        this.printers = Objects.requireNonNull(printers, "printers");
    }

    /** Asks how and where to print the current map, then prints it in the background. */
    public void print() {
        Optional<PrintPages.Page> paper = printers.defaultPage();
        if (paper.isEmpty()) {
            Dialogs.information(owner, Messages.get("print.noPrinter.header"), Messages.get("print.noPrinter.detail"));
            return;
        }
        JourneyMap copy = map.get().copy();
        PictureOptions options = PictureOptions.defaults(Messages.locale());
        Optional<PrintPages.Fit> fit = new PrintChoice(owner, copy, options, paper.get()).showAndWait();
        if (fit.isEmpty()) {
            return;
        }
        printers.showDialog(owner).ifPresent(job -> start(copy, options, fit.get(), job));
    }

    /** Prints {@code copy} on {@code job}; the task ends with the number of pages sent. */
    Task<Integer> start(JourneyMap copy, PictureOptions options, PrintPages.Fit fit, PrinterAccess.Job job) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                PrintPages pages = PrintPages.of(copy, options, fit, job.page());
                for (int i = 0; i < pages.count(); i++) {
                    updateProgress(i, pages.count());
                    if (!job.printPage(pages.image(i, PIXELS_PER_POINT), pages.landscape())) {
                        job.cancel();
                        throw new IOException(Messages.get("print.failed.page", i + 1));
                    }
                }
                if (!job.finish()) {
                    throw new IOException(Messages.get("print.failed.job"));
                }
                return pages.count();
            }
        };
        Stage progress = progressWindow(copy, task);
        task.setOnSucceeded(e -> {
            progress.close();
            Notifications.create().owner(owner).title(Messages.get("print.done.title"))
                    .text(Messages.get("print.done", task.getValue(), copy.title()))
                    .hideAfter(Duration.seconds(6)).showInformation();
        });
        task.setOnFailed(e -> {
            progress.close();
            LOG.log(Level.WARNING, "Printing failed", task.getException());
            String detail = task.getException() instanceof IOException problem ? problem.getMessage()
                    : Messages.get("print.failed.job");
            Dialogs.error(owner, Messages.get("print.failed.header", copy.title()), detail);
        });
        Thread worker = new Thread(task, "touchmap-print");
        worker.setDaemon(true);
        progress.show();
        worker.start();
        return task;
    }

    private Stage progressWindow(JourneyMap copy, Task<Integer> task) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("print.title"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        VBox box = new VBox(10, new Label(Messages.get("print.progress", copy.title())), bar);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        return stage;
    }
}
