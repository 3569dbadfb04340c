package org.touchmap.ui.voting;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import org.touchmap.analysis.CardVotes;
import org.touchmap.analysis.VoteTally;
import org.touchmap.model.JourneyMap;

/**
 * The Votes tab of the analysis: the cards with dots, most first, each with its voters; choosing
 * one selects and reveals its card on the canvas, as the weak links do.
 */
public final class VoteList {
    private final ListView<CardVotes> list = new ListView<>();
    private final VotingText text = VotingText.current();

    /** @param choose selects a touchpoint's card on the canvas, by id */
    public VoteList(Consumer<String> choose) {
        list.setId("analysis-votes");
        list.setPlaceholder(new Label(text.get("votes.none")));
        list.setCellFactory(view -> {
            ListCell<CardVotes> cell = new ListCell<>() {
                @Override
                protected void updateItem(CardVotes votes, boolean empty) {
                    super.updateItem(votes, empty);
                    String line = empty || votes == null ? null : text(votes);
                    setText(line);
                    setTooltip(line == null ? null : new Tooltip(line));
                }
            };
            cell.setOnMouseClicked(event -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    choose.accept(cell.getItem().touchpointId());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(event -> {
            CardVotes chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
                choose.accept(chosen.touchpointId());
                event.consume();
            }
        });
    }

    public Node node() {
        return list;
    }

    /** The list as a tab of the analysis, titled "Votes". */
    public Tab tab() {
        Tab tab = new Tab(text.get("tab"), list);
        tab.setId("analysis-tab-votes");
        return tab;
    }

    /** Shows the count of the map's vote. */
    public void show(JourneyMap map) {
        list.getItems().setAll(VoteTally.of(map).ranking());
        list.refresh();
    }

    /** "Phone booking — 5 dots · Anna ×2, Boris ×3" */
    String text(CardVotes votes) {
        String voters = String.join(", ", votes.voters().stream()
                .map(v -> text.get("votes.voter", v.participant(), v.dots())).toList());
        return text.get("votes.card", votes.name(), votes.dots(), voters);
    }
}
