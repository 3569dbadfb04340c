package org.touchmap.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.CanvasNavigation;
import org.touchmap.ui.canvas.ViewPosition;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

/** Where the view is when a map is opened: another map from its top-left, the same file where it was. */
@ExtendWith(ApplicationExtension.class)
class OpeningAnotherMapWindowTest {
    private static final ViewPosition FAR_CORNER = new ViewPosition(2.0, 1.0, 1.0);

    @TempDir
    Path folder;

    private WindowHarness harness;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    private CanvasNavigation navigation() {
        return window.canvas().navigation();
    }

    private ViewPosition scrolledToTheFarCorner(FxRobot robot) {
        robot.interact(() -> navigation().restore(FAR_CORNER));
        WaitForAsyncUtils.waitForFxEvents();
        ViewPosition there = navigation().viewPosition();
        assertTrue(there.horizontal() > 0.5 && there.vertical() > 0.5, "scrolled away: " + there);
        return there;
    }

    @Test
    void anotherMapOpensAtItsTopLeftCorner(FxRobot robot) throws Exception {
        Path other = folder.resolve("other.cjm");
        MapFiles.save(window.document().map(), other);
        scrolledToTheFarCorner(robot);

        robot.interact(() -> assertTrue(window.open(other)));
        WaitForAsyncUtils.waitForFxEvents();

        ViewPosition now = navigation().viewPosition();
        assertEquals(0, now.horizontal(), 1e-9);
        assertEquals(0, now.vertical(), 1e-9);
        assertEquals(2.0, now.zoom(), 1e-9, "the zoom the person chose stays");
    }

    @Test
    void theSameFileReadAgainStaysWhereThePersonWas(FxRobot robot) throws Exception {
        Path file = folder.resolve("clinic.cjm");
        MapFiles.save(window.document().map(), file);
        robot.interact(() -> assertTrue(window.open(file)));
        ViewPosition there = scrolledToTheFarCorner(robot);
        JourneyMap theirs = MapFiles.load(file);
        theirs.setTitle("Clinic, as revised by Anna");
        MapFiles.save(theirs, file);

        Platform.runLater(window.files()::windowFocused);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node reload = question.getButtonTypes().stream().map(question::lookupButton)
                .filter(b -> ((Button) b).getText().equals("Reload")).findFirst().orElseThrow();
        robot.clickOn(reload);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Clinic, as revised by Anna", window.document().map().title());
        assertEquals(there, navigation().viewPosition());
    }
}
