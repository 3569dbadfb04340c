package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Serbian repair-shop sample, whose stage names are the longest of the samples
 * ("Потрага за информацијама"), with the analysis open on a 1520 × 900 window: no text is cut.
 */
@ExtendWith(ApplicationExtension.class)
class SerbianAnalysisWindowTest {
    private static final Locale SERBIAN = Locale.forLanguageTag("sr");
    private WindowHarness harness;
    /** The window's size before the test: the next test class gets the same window back. */
    private double[] sizeBefore;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, SERBIAN);
        harness.window.show(new Document(Samples.load(Samples.REPAIR_SERVICE, SERBIAN), null));
    }

    @AfterEach
    void forget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            harness.stage.setWidth(sizeBefore[0]);
            harness.stage.setHeight(sizeBefore[1]);
        });
        harness.forgetPreferences();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void noTextIsCutWithTheAnalysisOpenStageNamesOfTheTableIncluded(FxRobot robot) {
        robot.interact(() -> {
            sizeBefore = new double[] {harness.stage.getWidth(), harness.stage.getHeight()};
            harness.stage.setWidth(1520);
            harness.stage.setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(harness.window.canvas());
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#analysis-stages").tryQuery().isPresent(), "F9 showed the analysis");
        List<String> cut = CutLabels.in("analysis shown", List.copyOf(javafx.stage.Window.getWindows()));
        assertEquals(List.of(), cut);
    }
}
