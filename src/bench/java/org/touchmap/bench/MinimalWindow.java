package org.touchmap.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.touchmap.ui.StartupProbe;

/**
 * The baseline of the startup benchmark: the least a JavaFX application shows, a window with one
 * label in JavaFX's own theme, as large as the editor's window on the benchmark's screen. It
 * reports its first frame through the same {@link StartupProbe} as the editor.
 */
public final class MinimalWindow extends Application {
    static final double WIDTH = 1520;
    static final double HEIGHT = 960;

    @Override
    public void start(Stage stage) {
        stage.setTitle("Minimal window");
        stage.setScene(new Scene(new StackPane(new Label("A minimal JavaFX window")), WIDTH, HEIGHT));
        stage.show();
        StartupProbe.watch(stage);
    }

    /** Started like the editor: a plain main class that launches the application. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
