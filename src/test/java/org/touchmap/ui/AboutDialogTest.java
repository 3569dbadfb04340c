package org.touchmap.ui;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.io.Release;

import static org.junit.jupiter.api.Assertions.*;

/** Help → About names the release and the licences, and the window carries the app's icon. */
class AboutDialogTest extends SampleWindowTest {

    @Test
    void namesTheReleaseTheLicenceAndEveryShippedLibrary(FxRobot robot) {
        Platform.runLater(() -> harness.window.commands().showAbout());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().contains("Version " + Release.version()), about.getHeaderText());
        assertFalse(Release.version().equals("development"), "the build wrote the release");
        robot.clickOn(robot.lookup("#about-third-party").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        String notices = robot.lookup("#about-notices").queryAs(TextArea.class).getText();
        for (String library : new String[]{"jackson-databind", "Apache POI", "javafx controls", "ControlsFX",
                "atlantafx-base", "picocli", "Apache PDFBox", "JFreeSVG"}) {
            assertTrue(notices.contains(library), library + " is listed");
        }
        assertFalse(notices.contains("junit"), "test libraries are not shipped, so not listed");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theWindowCarriesTheAppIconInSeveralSizes() {
        assertTrue(harness.stage.getIcons().size() >= 5, "sizes: " + harness.stage.getIcons().size());
        assertEquals(256, harness.stage.getIcons().get(harness.stage.getIcons().size() - 1).getWidth());
    }
}
