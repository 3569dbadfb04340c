package org.touchmap.ui.export;

import java.awt.image.BufferedImage;
import java.util.Optional;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import org.touchmap.render.PrintPages;

/** {@link PrinterAccess} through JavaFX printing and the system's own print dialog. */
final class SystemPrinters implements PrinterAccess {

    @Override
    public Optional<PrintPages.Page> defaultPage() {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            return Optional.empty();
        }
        return Optional.of(upright(printer.getDefaultPageLayout()));
    }

    @Override
    public Optional<Job> showDialog(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new SystemJob(job));
    }

    private static PrintPages.Page upright(PageLayout layout) {
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        return new PrintPages.Page(Math.min(width, height), Math.max(width, height));
    }

    private record SystemJob(PrinterJob job) implements Job {

        @Override
        public PrintPages.Page page() {
            return upright(layout(PageOrientation.PORTRAIT));
        }

        @Override
        public boolean printPage(BufferedImage image, boolean landscape) {
            PageLayout layout = layout(landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT);
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            return job.printPage(layout, view);
        }

        @Override
        public boolean finish() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }

        private PageLayout layout(PageOrientation orientation) {
            Paper paper = job.getJobSettings().getPageLayout().getPaper();
            return job.getPrinter().createPageLayout(paper, orientation, Printer.MarginType.DEFAULT);
        }
    }
}
