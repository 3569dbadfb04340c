package org.touchmap.ui.export;

import java.awt.image.BufferedImage;
import java.util.Optional;

import javafx.stage.Window;

import org.touchmap.render.PrintPages;

/**
 * The printers of the system, behind a seam: the window prints through the system's print dialog,
 * tests through a printer of their own, as a build machine has none.
 */
public interface PrinterAccess {

    /** The printable area of the default printer's paper, upright; empty when no printer is installed. */
    Optional<PrintPages.Page> defaultPage();

    /** Shows the system's print dialog (printer, paper, copies); the job chosen, or empty when cancelled. */
    Optional<Job> showDialog(Window owner);

    /** One print job, fed page by page from a background thread. */
    interface Job {
        /** The printable area of the paper chosen in the dialog, upright. */
        PrintPages.Page page();

        /** Prints one page, an image of the whole printable area; false when the printer refused it. */
        boolean printPage(BufferedImage image, boolean landscape);

        /** Sends the job to the printer; false when it failed. */
        boolean finish();

        void cancel();
    }

    /** The printers installed on this computer, through JavaFX printing. */
    static PrinterAccess system() {
        return new SystemPrinters();
    }
}
