package org.touchmap.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The editor's window; for now an empty stage that the launcher can start. */
public final class TouchmapApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Touchmap");
        stage.show();
    }
}
