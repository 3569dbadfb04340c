package org.touchmap.ui;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The light picture with the application's name that the Java launcher shows the moment the jar
 * starts (the {@code SplashScreen-Image} of its manifest), long before the first window can be
 * drawn. Nothing closes it for a JavaFX application: the first window does, once it is shown.
 * Where the desktop can show windows see-through, the first window stays so until its first frame
 * is painted, so nobody sees it blank in between.
 */
final class Splash {
    private static final Logger LOG = Logger.getLogger(Splash.class.getName());

    private Splash() {
    }

    /** The longest a window stays see-through, should its first frame never be reported. */
    private static final Duration LONGEST_HIDDEN = Duration.seconds(3);

    /**
     * Makes {@code stage}, about to be shown, see-through until its first frame is painted, then
     * shows it and closes the splash picture. Desktops that cannot show windows see-through show
     * it at once, as before.
     */
    static void revealAfterFirstFrame(Stage stage) {
        stage.setOpacity(0);
        stage.setOnShown(event -> {
            Runnable reveal = () -> {
                stage.setOpacity(1);
                close();
            };
            afterFirstFrame(stage.getScene(), reveal);
            PauseTransition safety = new PauseTransition(LONGEST_HIDDEN);
            safety.setOnFinished(done -> reveal.run());
            safety.play();
        });
    }

    /**
     * Runs {@code then} once the first frame of {@code scene} is on the screen: the pulse after the
     * first one waits for the first frame's painting (see {@link StartupProbe}).
     */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                // A listener cannot be removed while the scene runs its listeners; this runs after the pulse.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Closes the splash picture, if the application was started with one; calling it again does nothing. */
    static void close() {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null && splash.isVisible()) {
                splash.close();
            }
        } catch (RuntimeException e) {
            // A splash that cannot be closed goes with the process; the window matters more.
            LOG.log(Level.FINE, "Could not close the splash picture", e);
        }
    }
}
