package org.touchmap.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.ui.export.ExportFormat;

import org.touchmap.model.Rating;
import org.touchmap.render.workbook.EditedWorkbooks;
import org.touchmap.render.workbook.WorkbookExport;

import javax.imageio.ImageIO;
import java.util.Locale;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

/** File → Export as a person uses it: the dialog, the chosen file, the picture written in the background. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    static Path folder;
    private static Path chosen;
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, () -> chosen);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void exportingAPngWritesThePictureOfTheMap(FxRobot robot) throws TimeoutException, IOException {
        chosen = folder.resolve("clinic");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        ComboBox<ExportFormat> format = robot.lookup("#export-format").queryComboBox();
        robot.interact(() -> format.setValue(ExportFormat.PNG));
        robot.clickOn("Export…");

        Path written = folder.resolve("clinic.png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = ImageIO.read(written.toFile());
        assertNotNull(image, "a PNG the image reader understands");
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
        assertFalse(harness.window.document().isDirty(), "exporting does not change the map");
    }

    @Test
    void ctrlShiftCPutsAPictureOfTheWholeMapOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn(harness.onScreen(harness.window.canvas().mapLayout().card("tp-phone").orElseThrow().bounds()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Image image = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertNotNull(image, "a picture on the clipboard");
        double mapWidth = harness.window.canvas().mapLayout().bounds().width();
        assertEquals(2 * mapWidth, image.getWidth(), 2, "the whole map at twice its size, not the viewport");
        assertEquals(1, harness.window.canvas().selectedTouchpointIds().size(), "the card was not copied instead");
    }

    @Test
    void anEditedWorkbookIsShownBeforeItIsAppliedAndUndoneInOneStep(FxRobot robot) throws Exception {
        Path exported = folder.resolve("for-import.xlsx");
        WorkbookExport.write(harness.map(), Locale.ENGLISH, exported);
        chosen = EditedWorkbooks.edit(exported, folder.resolve("edited.xlsx"), sheet -> {
            EditedWorkbooks.cell(sheet, "tp-phone", "Rating").setCellValue("Positive");
            EditedWorkbooks.cell(sheet, "tp-chat", "Name").setCellValue("Chat with a nurse");
        });
        Rating ratingBefore = harness.map().touchpoint("tp-phone").rating();
        String nameBefore = harness.map().touchpoint("tp-chat").name();

        robot.clickOn("File").clickOn("Import from Excel…");
        // On a loaded machine the dialog's node exists a moment before its window is on screen.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Apply changes").tryQuery()
                .filter(button -> button.isVisible() && button.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nameBefore, harness.map().touchpoint("tp-chat").name(), "nothing applied before the person agrees");
        robot.clickOn("Apply changes");

        assertEquals(Rating.POSITIVE, harness.map().touchpoint("tp-phone").rating());
        assertEquals("Chat with a nurse", harness.map().touchpoint("tp-chat").name());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ratingBefore, harness.map().touchpoint("tp-phone").rating());
        assertEquals(nameBefore, harness.map().touchpoint("tp-chat").name());
        assertFalse(harness.window.document().isDirty());
    }

    @Test
    void cancellingTheDialogWritesNothing(FxRobot robot) throws IOException {
        chosen = folder.resolve("cancelled.xlsx");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(Files.exists(chosen));
    }
}
