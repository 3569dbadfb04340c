package org.touchmap.ui.voting;

import org.touchmap.ui.keys.EscapeCloses;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import org.touchmap.model.Voting;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;
import javafx.beans.value.ObservableValue;

/**
 * The facilitator's window for a dot vote, beside the map rather than over it, so the cards stay
 * in view: the dots each person has, the participants with the dots they have left, a field to
 * add or rename one. Choosing a participant here decides whose dots V and Shift+V place on the
 * canvas; the keys act while this window is open.
 */
public final class VotingWindow {
    private final ObservableValue<Document> document;
    private final DotVoting voting;
    private final VotingText text = VotingText.current();
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ListView<String> participants = new ListView<>();
    private final Spinner<Integer> dotsPerPerson = new Spinner<>(1, Voting.MAX_DOTS_PER_PERSON,
            Voting.DEFAULT_DOTS_PER_PERSON);
    private final TextField name = new TextField();
    private boolean updating;

    public VotingWindow(Window owner, ObservableValue<Document> document, DotVoting voting) {
        this.document = Objects.requireNonNull(document, "document");
        MapChanges.follow(document, this::mapChanged);
        this.voting = Objects.requireNonNull(voting, "voting");
        stage.initOwner(owner);
        stage.setTitle(text.get("window.title"));
        stage.setScene(new Scene(content(), 380, 460));
        stage.getScene().getStylesheets().add(VotingWindow.class.getResource("voting.css").toExternalForm());
        EscapeCloses.install(stage);
        voting.activeProperty().bind(stage.showingProperty());
        // Having just picked a participant, the facilitator can press V right here as well.
        new VoteKeys(voting).install(participants);
        stage.setOnShown(event -> mapChanged());
    }

    /**
     * Lets the spinner's field take digits only, and reads anything it cannot use as the value it
     * had, so a slip of the keyboard never ends in an error.
     */
    private static void acceptOnlyWholeNumbers(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        });
        spinner.getEditor().setTextFormatter(new TextFormatter<Integer>(change ->
                change.getControlNewText().matches("\\d{0,2}") ? change : null));
    }

    private VBox content() {
        dotsPerPerson.setId("voting-dots-per-person");
        dotsPerPerson.setEditable(true);
        acceptOnlyWholeNumbers(dotsPerPerson);
        dotsPerPerson.setPrefWidth(90);
        dotsPerPerson.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null && !voting.setDotsPerPerson(now)) {
                showVote();
            }
        });
        Label dotsLabel = new Label(text.get("dotsPerPerson"));
        dotsLabel.setLabelFor(dotsPerPerson);
        HBox dots = new HBox(8, dotsLabel, dotsPerPerson);
        dots.setAlignment(Pos.CENTER_LEFT);

        participants.setId("voting-participants");
        Label nobody = new Label(text.get("participants.none"));
        nobody.setWrapText(true);
        participants.setPlaceholder(nobody);
        participants.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String participant, boolean empty) {
                super.updateItem(participant, empty);
                setText(empty || participant == null ? null : line(participant));
            }
        });
        participants.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                voting.participantProperty().set(now);
            }
        });
        voting.participantProperty().addListener((obs, old, now) -> selectCurrent());
        VBox.setVgrow(participants, Priority.ALWAYS);
        Label listLabel = new Label(text.get("participants"));
        listLabel.setLabelFor(participants);

        name.setId("voting-name");
        name.setPromptText(text.get("participant.prompt"));
        name.setOnAction(event -> add());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = button("voting-add", "participant.add");
        add.setOnAction(event -> add());
        Button rename = button("voting-rename", "participant.rename");
        rename.setOnAction(event -> rename());
        Button remove = button("voting-remove", "participant.remove");
        remove.setOnAction(event -> remove());
        rename.disableProperty().bind(participants.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(participants.getSelectionModel().selectedItemProperty().isNull());

        Label hint = new Label(text.get("hint"));
        hint.getStyleClass().add("voting-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("voting-message");
        message.getStyleClass().add("voting-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(voting.messageProperty());

        // The button keeps its whole label (long in Russian); the name field gives way.
        add.setMinWidth(Region.USE_PREF_SIZE);
        name.setPrefColumnCount(8);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox root = new VBox(8, dots, listLabel, participants, new HBox(6, name, add), new HBox(6, rename, remove),
                hint, message);
        root.setPadding(new Insets(12));
        root.setId("voting-window");
        return root;
    }

    private Button button(String id, String key) {
        Button button = new Button(text.get(key));
        button.setId(id);
        return button;
    }

    /** Shows the window, or brings it to the front when it is open already. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The map changed or was replaced: shows its vote as it is now. */
    public void mapChanged() {
        voting.mapChanged();
        if (stage.isShowing()) {
            showVote();
        }
    }

    private void showVote() {
        Document current = document.getValue();
        if (current == null) {
            return;
        }
        Voting vote = current.map().voting();
        updating = true;
        try {
            dotsPerPerson.getValueFactory().setValue(vote.dotsPerPerson());
            participants.getItems().setAll(vote.participants());
            if (voting.participantProperty().get() != null && !vote.hasParticipant(voting.participantProperty().get())) {
                voting.participantProperty().set(null);
            }
            participants.refresh();
        } finally {
            updating = false;
        }
        selectCurrent();
    }

    private void selectCurrent() {
        String current = voting.participantProperty().get();
        updating = true;
        try {
            if (current == null) {
                participants.getSelectionModel().clearSelection();
            } else {
                participants.getSelectionModel().select(current);
            }
        } finally {
            updating = false;
        }
    }

    private String line(String participant) {
        Voting vote = document.getValue().map().voting();
        return text.get("participant.remaining", participant, vote.remainingDots(participant), vote.dotsPerPerson());
    }

    private void add() {
        if (voting.addParticipant(name.getText())) {
            name.clear();
        }
    }

    private void rename() {
        String chosen = participants.getSelectionModel().getSelectedItem();
        if (chosen != null && voting.renameParticipant(chosen, name.getText())) {
            name.clear();
        }
    }

    private void remove() {
        String chosen = participants.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            voting.removeParticipant(chosen);
        }
    }
}
