package org.touchmap.app;

import javafx.application.Application;
import org.touchmap.app.cli.Cli;
import org.touchmap.ui.TouchmapApp;

/**
 * Entry point of the jar. A first argument that names a command ({@code validate},
 * {@code --help}, {@code --version}) runs the command line and exits; anything else starts the
 * editor. This class is deliberately not a JavaFX {@code Application}: a plain launcher lets the
 * fat jar start without the JavaFX module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        Application.launch(TouchmapApp.class, args);
    }
}
