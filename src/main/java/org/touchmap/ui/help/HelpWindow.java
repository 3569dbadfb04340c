package org.touchmap.ui.help;

import org.touchmap.ui.keys.EscapeCloses;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.touchmap.ui.i18n.Messages;

/** A help window: its content scrolls, it uses the help style sheet, and Escape closes it. */
final class HelpWindow {
    private HelpWindow() {
    }

    static Stage show(Window owner, String titleKey, String id, Region content, double width, double height) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get(titleKey));
        Scene scene = new Scene(scroll, width, height);
        scene.getStylesheets().add(HelpWindow.class.getResource("help.css").toExternalForm());
        stage.setScene(scene);
        EscapeCloses.install(stage);
        stage.show();
        // The page opens at its top: focus on a link further down would otherwise scroll the first steps away.
        scroll.requestFocus();
        scroll.setVvalue(0);
        return stage;
    }
}
