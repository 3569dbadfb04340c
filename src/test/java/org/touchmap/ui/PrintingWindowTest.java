package org.touchmap.ui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.render.PaperSize;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PrintPages;
import org.touchmap.ui.export.PrinterAccess;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** File → Print, on a printer of the test's own: a build machine has none. */
class PrintingWindowTest extends SampleWindowTest {
    private static final PrintPages.Page A4 = new PrintPages.Page(PaperSize.A4.width(), PaperSize.A4.height());

    @Test
    void withoutAPrinterThePersonIsToldWhatToDoInstead(FxRobot robot) {
        robot.interact(() -> harness.window.usePrinters(new FakePrinter(false)));

        shortcutP(robot);

        DialogPane message = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(Messages.get("print.noPrinter.header"), message.getHeaderText());
        assertTrue(message.getContentText().contains("PDF"), message.getContentText());
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aPosterSendsEveryPageOfThePlanToThePrinter(FxRobot robot) throws Exception {
        FakePrinter printer = new FakePrinter(true);
        robot.interact(() -> harness.window.usePrinters(printer));
        int expected = PrintPages.of(harness.map(), PictureOptions.defaults(Messages.locale()), PrintPages.Fit.POSTER,
                A4).count();

        shortcutP(robot);
        RadioButton poster = robot.lookup("#print-poster").queryAs(RadioButton.class);
        robot.clickOn(poster);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, poster::isSelected);
        // Fired rather than clicked: on a loaded machine a click can land while the dialog is still
        // being laid out anew for the choice, and then nothing is printed at all.
        javafx.scene.control.Button print = (javafx.scene.control.Button) printButton(robot);
        robot.interact(print::fire);
        // Generous: on a loaded two-core build machine, drawing the pages at 144 dpi can take a while.
        try {
            WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> printer.finished);
        } catch (java.util.concurrent.TimeoutException slow) {
            fail("the printer got " + printer.pageCount() + " of " + expected + " pages and no end of the job; "
                    + "dialogs open: " + openDialogHeaders(robot));
        }

        assertEquals(expected, printer.pages.size());
        assertTrue(expected > 1);
        assertTrue(printer.pages.stream().allMatch(page -> page.getWidth() > 1000), "sharp pages, 144 dpi");
    }

    @Test
    void onePageIsTheChoiceForAMapThatReadsWellShrunkAndCancelPrintsNothing(FxRobot robot) {
        FakePrinter printer = new FakePrinter(true);
        robot.interact(() -> harness.window.usePrinters(printer));

        shortcutP(robot);
        assertTrue(robot.lookup("#print-one-page").queryAs(RadioButton.class).isSelected());
        robot.clickOn(Messages.get("export.cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, printer.dialogs, "cancelled before the system's dialog");
        assertTrue(printer.pages.isEmpty());
    }

    private static List<String> openDialogHeaders(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(pane -> pane.getId() + ": " + pane.getHeaderText()).toList();
    }

    /** The dialog's own Print button, not any node that happens to read "Print". */
    private static javafx.scene.Node printButton(FxRobot robot) {
        DialogPane choice = robot.lookup("#print-choice").queryAs(DialogPane.class);
        return choice.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .map(choice::lookupButton).findFirst().orElseThrow();
    }

    private static void shortcutP(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.P).release(KeyCode.P, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A printer that keeps what it is sent. */
    private static final class FakePrinter implements PrinterAccess {
        private final boolean installed;
        final List<BufferedImage> pages = new ArrayList<>();
        volatile boolean finished;
        int dialogs;

        int pageCount() {
            synchronized (pages) {
                return pages.size();
            }
        }

        FakePrinter(boolean installed) {
            this.installed = installed;
        }

        @Override
        public Optional<PrintPages.Page> defaultPage() {
            return installed ? Optional.of(A4) : Optional.empty();
        }

        @Override
        public Optional<Job> showDialog(Window owner) {
            dialogs++;
            return Optional.of(new Job() {
                @Override
                public PrintPages.Page page() {
                    return A4;
                }

                @Override
                public boolean printPage(BufferedImage image, boolean landscape) {
                    synchronized (pages) {
                        pages.add(image);
                    }
                    return true;
                }

                @Override
                public boolean finish() {
                    finished = true;
                    return true;
                }

                @Override
                public void cancel() {
                }
            });
        }
    }
}
