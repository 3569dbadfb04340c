package org.touchmap.ui.help;

import java.io.InputStream;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.touchmap.ui.i18n.Messages;

/**
 * Help → Getting started: a short page, inside the app, that walks a new user from an empty map
 * to the analysis in six steps, each with a picture of the real window. The words come from the
 * bundles; each language has its own pictures of the window speaking it, in {@code pictures/<language>/},
 * and English ones are shown only where a language has none.
 */
public final class GettingStarted {
    private static final double WIDTH = 760;
    private static final double HEIGHT = 760;
    private static final double PICTURE_WIDTH = 680;
    /** Each step's key in the bundles, and its picture (none where words say enough). */
    private static final List<Step> STEPS = List.of(
            new Step("start", "start-page.png"),
            new Step("cards", "cards.png"),
            new Step("rate", null),
            new Step("chain", null),
            new Step("analysis", "analysis.png"),
            new Step("share", null));

    private record Step(String key, String picture) {
    }

    private GettingStarted() {
    }

    /** Shows the page; its link to the shortcuts runs {@code showShortcuts}. */
    public static Stage show(Window owner, Runnable showShortcuts) {
        VBox content = new VBox(10);
        content.setPadding(new Insets(16));
        Label intro = wrapped(Messages.get("gettingStarted.intro"));
        content.getChildren().add(intro);
        int number = 1;
        for (Step step : STEPS) {
            Label heading = new Label(number++ + ". " + Messages.get("gettingStarted." + step.key() + ".title"));
            heading.getStyleClass().add("getting-started-heading");
            Label text = wrapped(Messages.get("gettingStarted." + step.key() + ".text"));
            text.getStyleClass().add("getting-started-step");
            content.getChildren().addAll(heading, text);
            picture(step.picture(), Messages.locale()).ifPresent(content.getChildren()::add);
        }
        Hyperlink shortcuts = new Hyperlink(Messages.get("gettingStarted.allShortcuts"));
        shortcuts.setId("getting-started-shortcuts");
        shortcuts.setOnAction(event -> showShortcuts.run());
        content.getChildren().add(shortcuts);
        return HelpWindow.show(owner, "gettingStarted.title", "getting-started", content, WIDTH, HEIGHT);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(PICTURE_WIDTH);
        return label;
    }

    /** The pictures of the page, each named by its file. */
    static List<String> pictureNames() {
        return STEPS.stream().map(Step::picture).filter(java.util.Objects::nonNull).toList();
    }

    /** Where the picture {@code name} is for {@code language}: its own when it has one, else the English one. */
    static String pictureResource(String name, java.util.Locale language) {
        String own = "pictures/" + language.getLanguage() + "/" + name;
        return GettingStarted.class.getResource(own) != null ? own : "pictures/" + name;
    }

    /** A picture from the page's resources; a build without it shows the words alone. */
    private static java.util.Optional<Node> picture(String name, java.util.Locale language) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        try (InputStream in = GettingStarted.class.getResourceAsStream(pictureResource(name, language))) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            ImageView view = new ImageView(new Image(in));
            view.setPreserveRatio(true);
            view.setFitWidth(PICTURE_WIDTH);
            view.setSmooth(true);
            view.getStyleClass().add("getting-started-picture");
            return java.util.Optional.of(view);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }
}
