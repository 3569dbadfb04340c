package org.touchmap.ui.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.touchmap.model.IndustryStarter;
import org.touchmap.model.MapTemplate;
import org.touchmap.model.StageTemplate;
import org.touchmap.model.TemplateStage;
import org.touchmap.ui.WrappingCell;
import org.touchmap.ui.i18n.Messages;

/**
 * File → New from template: the stage sets and industry starters a map can start from, the maps
 * opened lately and the bundled samples. One pick at a time; Enter or a double click takes it.
 */
public final class StartPage {
    private static final double WIDTH = 980;
    private static final double HEIGHT = 600;

    private final Locale locale = Messages.locale();
    private final Dialog<StartChoice> dialog = new Dialog<>();
    private final ButtonType take = new ButtonType(Messages.get("start.create"), ButtonBar.ButtonData.OK_DONE);
    private final ObjectProperty<StartChoice> choice = new SimpleObjectProperty<>();
    private final Label preview = new Label();
    private final List<ListView<?>> lists;

    private StartPage(Window owner, List<Path> recentFiles, List<SampleEntry> samples, HelpLinks help) {
        ListView<MapTemplate> stageSets = templateList("start-stage-sets", List.of(StageTemplate.values()));
        ListView<MapTemplate> starters = templateList("start-starters", List.of(IndustryStarter.values()));
        ListView<Path> recent = list("start-recent", recentFiles, StartChoice.Recent::new);
        recent.setCellFactory(view -> new RecentFileCell());
        recent.setPlaceholder(new Label(Messages.get("start.noRecent")));
        ListView<SampleEntry> sampleList = list("start-samples", samples, s -> new StartChoice.Sample(s.name()));
        sampleList.setCellFactory(view -> new WrappingCell<>());
        lists = List.of(stageSets, starters, recent, sampleList);

        preview.setId("start-preview");
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        preview.setMaxWidth(Double.MAX_VALUE);
        preview.getStyleClass().add("start-preview");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 0, 0));
        grid.add(heading("start.stageSets"), 0, 0);
        grid.add(heading("start.starters"), 1, 0);
        grid.add(heading("start.recent"), 2, 0);
        grid.add(stageSets, 0, 1, 1, 3);
        grid.add(starters, 1, 1, 1, 3);
        grid.add(recent, 2, 1);
        grid.add(heading("start.samples"), 2, 2);
        grid.add(sampleList, 2, 3);
        grid.add(preview, 0, 4, 3, 1);
        grid.add(helpRow(help), 0, 5, 3, 1);
        for (double share : new double[] {36, 36, 28}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(share);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        GridPane.setVgrow(stageSets, Priority.ALWAYS);
        GridPane.setVgrow(starters, Priority.ALWAYS);
        GridPane.setVgrow(recent, Priority.ALWAYS);
        GridPane.setVgrow(sampleList, Priority.ALWAYS);
        recent.setPrefHeight(220);
        sampleList.setPrefHeight(160);

        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("start.title"));
        dialog.setHeaderText(Messages.get("start.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("start-page");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        // The pane's own preferred width follows its header, not its lists; only a minimum holds.
        dialog.getDialogPane().setMinSize(WIDTH, HEIGHT);
        ButtonType cancel = new ButtonType(Messages.get("start.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(take, cancel);
        dialog.getDialogPane().getStylesheets().add(StartPage.class.getResource("start.css").toExternalForm());
        Button takeButton = (Button) dialog.getDialogPane().lookupButton(take);
        takeButton.setId("start-take");
        takeButton.disableProperty().bind(choice.isNull());
        choice.addListener((obs, old, now) -> {
            takeButton.setText(Messages.get(now instanceof StartChoice.FromTemplate ? "start.create" : "start.open"));
            preview.setText(describe(now));
        });
        dialog.setResultConverter(button -> button == take ? choice.get() : null);
        // Escape pressed in the lists never reached the cancel button, so the pane takes the key before them.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                closeAndThen(() -> { });
            }
        });
        Platform.runLater(() -> {
            stageSets.getSelectionModel().selectFirst();
            stageSets.requestFocus();
        });
    }

    /** Shows the page and waits; empty when the person cancels. Its help links open what {@code help} says. */
    public static Optional<StartChoice> show(Window owner, List<Path> recentFiles, List<SampleEntry> samples,
                                             HelpLinks help) {
        return new StartPage(owner, recentFiles, samples, help).dialog.showAndWait();
    }

    /**
     * For a new user: the getting-started page and the keyboard shortcuts, one click from where maps
     * begin. The page closes first: while it waits for a pick, the window the help opens beside could not be used.
     */
    private Node helpRow(HelpLinks help) {
        Hyperlink gettingStarted = new Hyperlink(Messages.get("action.gettingStarted"));
        gettingStarted.setId("start-getting-started");
        gettingStarted.setOnAction(event -> closeAndThen(help.gettingStarted()));
        Hyperlink shortcuts = new Hyperlink(Messages.get("action.shortcuts"));
        shortcuts.setId("start-shortcuts");
        shortcuts.setOnAction(event -> closeAndThen(help.shortcuts()));
        HBox row = new HBox(4, new Label(Messages.get("start.help")), gettingStarted, shortcuts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private ListView<MapTemplate> templateList(String id, List<MapTemplate> templates) {
        ListView<MapTemplate> view = list(id, templates, StartChoice.FromTemplate::new);
        view.setCellFactory(v -> new TemplateCell(locale, v));
        return view;
    }

    /** A list whose pick becomes the page's choice and clears the picks of the other lists. */
    private <T> ListView<T> list(String id, List<T> items, Function<T, StartChoice> toChoice) {
        ListView<T> view = new ListView<>(FXCollections.observableArrayList(items));
        view.setId(id);
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lists.stream().filter(other -> other != view).forEach(other -> other.getSelectionModel().clearSelection());
                choice.set(toChoice.apply(now));
            } else if (lists.stream().allMatch(other -> other.getSelectionModel().isEmpty())) {
                choice.set(null);
            }
        });
        view.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && choice.get() != null) {
                takeNow();
            }
        });
        view.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && choice.get() != null) {
                event.consume();
                takeNow();
            }
        });
        return view;
    }

    private void closeAndThen(Runnable next) {
        dialog.setResult(null);
        dialog.close();
        Platform.runLater(next);
    }

    private void takeNow() {
        dialog.setResult(choice.get());
        dialog.close();
    }

    private static Node heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("start-heading");
        return label;
    }

    /** What the pick will give: the stages of a template and, for a starter, how many cards it places. */
    private String describe(StartChoice pick) {
        if (pick instanceof StartChoice.FromTemplate from) {
            MapTemplate template = from.template();
            StageTemplate stages = template.stageTemplate();
            String names = stages.stages().stream().map(TemplateStage::id)
                    .map(id -> stages.stageName(locale, id)).collect(Collectors.joining(" \u2192 "));
            return template instanceof IndustryStarter starter
                    ? Messages.get("start.preview.starter", names, starter.cards().size())
                    : Messages.get("start.preview.stages", names);
        }
        if (pick instanceof StartChoice.Recent recent) {
            return recent.file().toString();
        }
        return "";
    }

    /** A recent file: its name, and where it is in the tooltip. */
    private static final class RecentFileCell extends WrappingCell<Path> {
        RecentFileCell() {
            super(file -> file.getFileName().toString());
        }

        @Override
        protected void updateItem(Path file, boolean empty) {
            super.updateItem(file, empty);
            setTooltip(empty || file == null ? null : new javafx.scene.control.Tooltip(file.toString()));
        }

    }
}
