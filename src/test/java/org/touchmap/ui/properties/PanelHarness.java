package org.touchmap.ui.properties;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.CommandStack;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.AppTheme;

import java.util.Locale;

/** The property panel alone in a window, on the clinic map, with a selection the test controls. */
final class PanelHarness {
    final Selection selection = new Selection();
    final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    final PropertyPanel panel;

    PanelHarness(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        Application.setUserAgentStylesheet(AppTheme.STYLESHEET);
        document.set(new Document(MedicalClinicMap.build(), null));
        panel = new PropertyPanel(selection, document);
        stage.setScene(new Scene(panel, 420, 900));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
    }

    static void restoreDefaultTheme() {
        Application.setUserAgentStylesheet(null);
    }

    JourneyMap map() {
        return document.get().map();
    }

    CommandStack commands() {
        return document.get().commands();
    }

    /**
     * Waits until the panel shows the current selection with every control in place: the panel
     * follows the selection a moment later, and new sections get their skins on the next pulse.
     */
    void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            panel.applyCss();
            panel.layout();
        });
    }

    /** Scrolls the panel to a node, as a person would before clicking it. */
    <T extends Node> T reveal(FxRobot robot, String query) {
        settle(robot);
        T node = robot.lookup(query).query();
        robot.interact(() -> ScrollToFocused.reveal(robot.lookup(".panel-scroll").queryAs(ScrollPane.class), node));
        return node;
    }
}
