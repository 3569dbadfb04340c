package org.touchmap.app;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;

import javafx.application.Application;
import org.touchmap.app.cli.Cli;
import org.touchmap.ui.TouchmapApp;

/**
 * Entry point of the jar. A first argument that names a command ({@code validate},
 * {@code --help}, {@code --version}) runs the command line and exits, and so does anything that is
 * neither a command nor existing files ({@link StartChoice}); no arguments or map files start the
 * editor. This class is deliberately not a JavaFX {@code Application}: a plain launcher lets the
 * fat jar start without the JavaFX module path.
 */
public final class Launcher {
    /**
     * JavaFX warns at every start that it was loaded from the class path, which the fat jar does on
     * purpose; held here so the level set on it is not lost with the logger.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    /**
     * The JDK's settings store announces on the console, once per user, that it made its folder;
     * only a failure is worth a line. Held here for the same reason.
     */
    private static final java.util.logging.Logger SETTINGS_STORE =
            java.util.logging.Logger.getLogger("java.util.prefs");

    private Launcher() {
    }

    public static void main(String[] args) {
        switch (StartChoice.of(args, hasDisplay())) {
            case COMMAND_LINE -> {
                closeSplash();
                // Exports draw with AWT; on the command line there may be no display, and none is needed.
                System.setProperty("java.awt.headless", "true");
                System.exit(Cli.run(args));
            }
            case NO_DISPLAY -> {
                System.err.println("error: the editor needs a display, and there is none here"
                        + " — on a machine without one, use the commands (touchmap --help)");
                System.exit(1);
            }
            case EDITOR -> launchEditor(args);
        }
    }

    /**
     * A display that is named but cannot be opened (a session that ended, a forwarded display that
     * is gone) makes the toolkit refuse to start; that is one line for the person, not a stack trace.
     */
    private static void launchEditor(String[] args) {
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        SETTINGS_STORE.setLevel(java.util.logging.Level.WARNING);
        try {
            Application.launch(TouchmapApp.class, args);
        } catch (UnsupportedOperationException e) {
            String display = System.getenv("DISPLAY");
            System.err.println("error: the editor cannot open the display" + (display == null ? "" : " " + display)
                    + " (" + e.getMessage() + ") — start it in a desktop session, or use the commands"
                    + " (touchmap --help)");
            System.exit(1);
        }
    }

    /** JavaFX's headless platform needs no display; otherwise AWT knows whether there is one (DISPLAY on Linux). */
    private static boolean hasDisplay() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform")) || !GraphicsEnvironment.isHeadless();
    }

    /** The jar's splash picture announces the editor; a command prints its answer and exits without it. */
    private static void closeSplash() {
        try {
            if (!GraphicsEnvironment.isHeadless()) {
                SplashScreen splash = SplashScreen.getSplashScreen();
                if (splash != null) {
                    splash.close();
                }
            }
        } catch (RuntimeException e) {
            // No splash to close; the command runs all the same.
        }
    }
}
