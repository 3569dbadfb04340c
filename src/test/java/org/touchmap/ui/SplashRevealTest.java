package org.touchmap.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/** The first window is see-through until its first frame is painted, and never longer. */
@ExtendWith(ApplicationExtension.class)
class SplashRevealTest {
    @Test
    void theWindowIsSeeThroughWhenShownAndOpaqueOnceItsFirstFrameIsPainted(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        double[] opacityWhenShown = {-1};
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Label("map"), 200, 100));
            Splash.revealAfterFirstFrame(stage[0]);
            stage[0].addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                    event -> opacityWhenShown[0] = stage[0].getOpacity());
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> stage[0].getOpacity() == 1);

        assertEquals(0, opacityWhenShown[0], "nothing of it shows before its first frame");
        assertEquals(1, stage[0].getOpacity());
        robot.interact(stage[0]::hide);
    }
}
