package org.touchmap.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Structure editing in the real window, where the canvas's own gestures listen too: Escape and F2
 * reach structure editing when no card takes them.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStructureKeysTest {
    private ScenarioWindow fixture;

    @Start
    void start(Stage stage) {
        fixture = new ScenarioWindow(stage, new Document(Samples.load(Samples.MEDICAL_CLINIC), null));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void escapeEndsTheConnectToolWhileAStageIsSelected(FxRobot robot) {
        robot.clickOn(fixture.stageHeader("Comparison of options"));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        ToggleButton connect = robot.lookup("#toolbar-mdi2v-vector-line").queryAs(ToggleButton.class);
        assertTrue(connect.isSelected());

        robot.type(KeyCode.ESCAPE);
        assertFalse(connect.isSelected());
        robot.clickOn(fixture.cardCentre("Booking by phone"));
        robot.clickOn(fixture.cardCentre("Reviews on a doctor-rating site"));
        assertFalse(fixture.document().commands().canUndo(), "clicks after Escape link nothing");
    }

    @Test
    void f2RenamesTheSelectedStageInPlace(FxRobot robot) {
        Point2D header = fixture.stageHeader("Information search");
        robot.clickOn(header);
        robot.type(KeyCode.F2).write("Booking").type(KeyCode.ENTER);
        assertEquals("Booking", fixture.map().stage("search").name());
    }
}
