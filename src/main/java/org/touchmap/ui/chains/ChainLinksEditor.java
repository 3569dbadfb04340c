package org.touchmap.ui.chains;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.touchmap.edit.Command;
import org.touchmap.edit.MoveLink;
import org.touchmap.edit.UnlinkTouchpoints;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.ui.WrappingCell;

/**
 * The links of the active chain in order, to reorder or remove them. Selecting a link here
 * selects its arrow on the canvas, and the other way round.
 */
final class ChainLinksEditor extends VBox {
    /** A link as the list shows it. */
    record LinkRow(int index, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Three links of one line each stay in view however little room the chain panel gets. */
    static final double LIST_MIN_HEIGHT = 90;

    private final Consumer<Command> execute;
    private final LinkSelection selection;
    private final ListView<LinkRow> list = new ListView<>();
    private Chain shown;
    private boolean filling;

    ChainLinksEditor(Consumer<Command> execute, LinkSelection selection) {
        this.execute = execute;
        this.selection = selection;
        getStyleClass().add("chain-links");
        setSpacing(4);
        list.setId("chain-links-list");
        list.setPrefHeight(180);
        list.setMinHeight(LIST_MIN_HEIGHT);
        list.setPlaceholder(new Label(ChainText.get("chain.links.none")));
        // Long card names wrap instead of widening the list, which would need a horizontal scroll bar.
        list.setCellFactory(view -> new WrappingCell<>(LinkRow::text));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> listSelectionChanged(row));
        selection.selectedProperty().addListener((obs, old, link) -> showSelection());

        Button up = IconButtons.of("mdi2a-arrow-up", "chain.link.earlier", "chain-link-up", () -> move(-1));
        Button down = IconButtons.of("mdi2a-arrow-down", "chain.link.later", "chain-link-down", () -> move(1));
        Button remove = IconButtons.of("mdi2l-link-variant-off", "chain.link.remove", "chain-link-remove",
                this::remove);
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(none.or(Bindings.equal(0, list.getSelectionModel().selectedIndexProperty())));
        down.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedIndex() >= list.getItems().size() - 1,
                list.getSelectionModel().selectedIndexProperty(), list.getItems())));
        remove.disableProperty().bind(none);
        HBox buttons = new HBox(4, up, down, remove);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label title = new Label(ChainText.get("chain.links"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(title, list, buttons);
    }

    /** Shows the links of a chain of the map, or none with {@code null}. */
    void show(JourneyMap map, Chain chain) {
        filling = true;
        try {
            shown = chain;
            setDisable(chain == null);
            List<LinkRow> rows = new ArrayList<>();
            if (chain != null) {
                List<ChainLink> links = chain.links();
                for (int i = 0; i < links.size(); i++) {
                    rows.add(new LinkRow(i, ChainText.get("chain.link.text", i + 1,
                            nameOf(map, links.get(i).from()), nameOf(map, links.get(i).to()))));
                }
            }
            list.getItems().setAll(rows);
        } finally {
            filling = false;
        }
        showSelection();
    }

    private void showSelection() {
        SelectedLink link = selection.get();
        filling = true;
        try {
            if (shown != null && link != null && link.chainId().equals(shown.id()) && !link.isNextChainArrow()
                    && link.index() < list.getItems().size()) {
                list.getSelectionModel().select(link.index());
                list.scrollTo(link.index());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            filling = false;
        }
    }

    private void listSelectionChanged(LinkRow row) {
        if (filling || shown == null || row == null) {
            return;
        }
        ChainLink link = shown.links().get(row.index());
        selection.select(new SelectedLink(shown.id(), row.index(), link.from(), link.to()));
    }

    private void move(int by) {
        LinkRow row = list.getSelectionModel().getSelectedItem();
        if (shown == null || row == null) {
            return;
        }
        int target = row.index() + by;
        if (target < 0 || target >= shown.linkCount()) {
            return;
        }
        ChainLink link = shown.links().get(row.index());
        String chainId = shown.id();
        execute.accept(new MoveLink(chainId, row.index(), target));
        selection.select(new SelectedLink(chainId, target, link.from(), link.to()));
    }

    private void remove() {
        LinkRow row = list.getSelectionModel().getSelectedItem();
        if (shown != null && row != null) {
            selection.clear();
            execute.accept(new UnlinkTouchpoints(shown.id(), row.index()));
        }
    }

    private static String nameOf(JourneyMap map, String touchpointId) {
        return map.findTouchpoint(touchpointId).map(Touchpoint::name).orElse(touchpointId);
    }
}
