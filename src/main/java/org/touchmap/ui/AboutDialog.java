package org.touchmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.touchmap.io.json.MapJson;
import org.touchmap.io.Release;
import org.touchmap.ui.i18n.Messages;

/**
 * Help → About: the release and file format, what Touchmap is, its licence, and a link to the
 * licence of every library it ships, from the notices file the build generates.
 */
final class AboutDialog {
    /** Written by the build's licence plugin from the dependencies' own declarations. */
    static final String NOTICES = "/org/touchmap/ui/THIRD-PARTY.txt";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(Messages.get("action.about"));
        about.setHeaderText(Messages.get("about.header") + "\n"
                + Messages.get("about.version", Release.version(), MapJson.FORMAT_VERSION));
        Image icon = AppIcons.of(64);
        if (icon != null) {
            about.setGraphic(new ImageView(icon));
        }
        Hyperlink libraries = new Hyperlink(Messages.get("about.showThirdParty"));
        libraries.setId("about-third-party");
        libraries.setOnAction(e -> showNotices(about.getDialogPane().getScene().getWindow()));
        VBox content = new VBox(10, wrapped(Messages.get("about.text")), wrapped(Messages.get("about.licence")),
                wrapped(Messages.get("about.runtime", System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", "?"))), libraries);
        about.getDialogPane().setContent(content);
        about.getDialogPane().setId("about-dialog");
        about.getDialogPane().setPrefWidth(560);
        about.showAndWait();
    }

    private static void showNotices(Window owner) {
        Alert list = new Alert(Alert.AlertType.INFORMATION);
        list.initOwner(owner);
        list.setTitle(Messages.get("about.showThirdParty"));
        list.setHeaderText(Messages.get("about.thirdParty"));
        TextArea notices = new TextArea(notices());
        notices.setId("about-notices");
        notices.setEditable(false);
        notices.setPrefRowCount(18);
        notices.setPrefColumnCount(90);
        list.getDialogPane().setContent(notices);
        list.setResizable(true);
        list.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** The notices file's text, or a line saying this build has none. */
    static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            return in == null ? Messages.get("about.noNotices") : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return Messages.get("about.noNotices");
        }
    }
}
