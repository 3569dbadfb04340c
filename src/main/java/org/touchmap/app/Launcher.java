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
            case EDITOR -> Application.launch(TouchmapApp.class, args);
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
