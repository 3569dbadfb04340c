package org.touchmap.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Instant;

/**
 * Tells the startup benchmark when the first frame of the main window has been painted. It does
 * nothing unless the JVM runs with {@code -Dtouchmap.startupProbe=true}; then it prints one line,
 * {@code touchmap.firstFrame <microseconds since the epoch>}, and removes itself. With
 * {@code -Dtouchmap.startupProbe=exit} the application then ends: the packaging's training run,
 * which records the classes a start loads (see {@code packaging/linux/postinst}), stops there.
 *
 * <p>A pulse lays the scene out and hands it to the render thread, which paints it while the
 * application thread goes on. The next pulse waits for that painting before it hands over its
 * own scene, so the time is taken when the pulse after the first one is over: by then the first
 * frame is on the screen.
 */
public final class StartupProbe implements Runnable {
    public static final String PROPERTY = "touchmap.startupProbe";
    public static final String LINE_PREFIX = "touchmap.firstFrame ";
    private static final String EXIT = "exit";

    private final Scene scene;
    private int pulsesSeen;

    private StartupProbe(Scene scene) {
        this.scene = scene;
    }

    /** Watches the scene of {@code stage}, which has just been shown, when the probe is switched on. */
    public static void watch(Stage stage) {
        String mode = System.getProperty(PROPERTY, "");
        if (!(mode.equals("true") || mode.equals(EXIT)) || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new StartupProbe(scene));
        Platform.requestNextPulse();
    }

    @Override
    public void run() {
        pulsesSeen++;
        if (pulsesSeen == 1) {
            Platform.requestNextPulse();
        } else if (pulsesSeen == 2) {
            // Removing a listener while the scene runs its listeners is not allowed; this runs after the pulse.
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(this);
                report();
                if (EXIT.equals(System.getProperty(PROPERTY))) {
                    Platform.exit();
                }
            });
        }
    }

    private static void report() {
        Instant now = Instant.now();
        System.out.println(LINE_PREFIX + (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000));
        System.out.flush();
    }
}
