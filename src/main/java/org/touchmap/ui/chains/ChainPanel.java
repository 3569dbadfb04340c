package org.touchmap.ui.chains;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.touchmap.edit.AddChain;
import org.touchmap.edit.Command;
import org.touchmap.edit.RemoveChain;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;
import org.touchmap.ui.editor.Selection;

/**
 * The chains of the open map: a list with each chain's colour, name and number of links, buttons
 * to add, delete and stop highlighting chains, and below it the active chain's links in order.
 * Selecting a chain in the list makes it the active chain of the editor; its name, colour and
 * next chain are edited in the property panel.
 */
public final class ChainPanel extends VBox {
    /** A header row and three chains stay in view however little room the side bar has. */
    private static final double LIST_MIN_HEIGHT = 120;

    private final ObservableValue<Document> document;
    private final Selection selection;
    private final LinkSelection links;
    private final ListView<ChainRow> list = new ListView<>();
    private Runnable onChainAdded = () -> { };
    private Consumer<String> onChainChosen = chainId -> { };
    private final ChainLinksEditor linksEditor;
    /** Set while the list is filled from the map, so its selection events do not change the active chain. */
    private boolean filling;

    public ChainPanel(ObservableValue<Document> document, Selection selection, LinkSelection links) {
        this.document = Objects.requireNonNull(document, "document");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.links = Objects.requireNonNull(links, "links");
        this.linksEditor = new ChainLinksEditor(this::execute, links);
        getStyleClass().add("chain-panel");
        setId("chain-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        // The side bar decides the width; the lists and fields fill what it gives.
        setMinWidth(0);

        list.setId("chain-list");
        list.setCellFactory(view -> new ChainListCell());
        Label none = new Label(ChainText.get("chains.none"));
        // The hint is a sentence; in the narrow side bar it wraps instead of being cut off.
        none.setWrapText(true);
        none.setPadding(new Insets(6));
        none.setMaxWidth(Double.MAX_VALUE);
        list.setPlaceholder(none);
        list.setPrefHeight(160);
        list.setMinHeight(LIST_MIN_HEIGHT);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!filling) {
                choose(row == null ? null : row.id());
            }
        });
        VBox.setVgrow(linksEditor, Priority.ALWAYS);
        getChildren().addAll(header(), list, new Separator(), linksEditor);

        MapChanges.follow(document, new MapChanges.Listener() {
            @Override
            public void mapChanged() {
                refresh();
            }

            @Override
            public void documentReplaced(Document old, Document now) {
                links.clear();
                refresh();
            }
        });
        selection.chain().addListener((obs, old, now) -> refresh());
        links.clear();
        refresh();
    }

    /**
     * What happens after the person added a chain, which is then active; the main window puts
     * the cursor into the chain's name in the property panel.
     */
    public void setOnChainAdded(Runnable action) {
        this.onChainAdded = Objects.requireNonNull(action, "action");
    }

    /** What happens after the person chose a chain in the list; the main window brings it into view. */
    public void setOnChainChosen(Consumer<String> action) {
        this.onChainChosen = Objects.requireNonNull(action, "action");
    }

    /** Adds a chain with the next colour and makes it the active one. */
    public void newChain() {
        Document current = document.getValue();
        if (current == null) {
            return;
        }
        Chain chain = ChainLinking.newChain(current.map());
        current.commands().execute(AddChain.atEnd(chain));
        choose(chain.id());
        onChainAdded.run();
    }

    /** Deletes the active chain; other chains that continued into it lose their next chain. */
    public void deleteActiveChain() {
        Document current = document.getValue();
        String active = selection.chain().get();
        if (current != null && active != null && current.map().findChain(active).isPresent()) {
            links.clear();
            selection.selectChain(null);
            current.commands().execute(new RemoveChain(active));
        }
    }

    /** Ends the highlighting of one chain: no chain is active any more. */
    public void showAllChains() {
        links.clear();
        selection.selectChain(null);
    }

    /**
     * Makes a chain the active one as the person picked it here: cards, stage and lane are let go,
     * so the property panel shows the chain.
     */
    private void choose(String chainId) {
        if (chainId != null) {
            selection.clear();
        }
        selection.selectChain(chainId);
        if (chainId != null) {
            onChainChosen.accept(chainId);
        }
    }

    private HBox header() {
        Label title = new Label(ChainText.get("chains.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = IconButtons.of("mdi2p-plus", "chains.new", "chain-new", this::newChain);
        Button delete = IconButtons.of("mdi2d-delete-outline", "chains.delete", "chain-delete",
                this::deleteActiveChain);
        delete.disableProperty().bind(selection.chain().isNull());
        Button showAll = IconButtons.of("mdi2e-eye-outline", "chains.showAll", "chain-show-all", this::showAllChains);
        showAll.disableProperty().bind(selection.chain().isNull());
        add.disableProperty().bind(Bindings.createBooleanBinding(
                () -> document.getValue() == null, document));
        HBox header = new HBox(4, title, spacer, add, delete, showAll);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void refresh() {
        Document current = document.getValue();
        JourneyMap map = current == null ? null : current.map();
        if (map != null) {
            links.keepValidIn(map);
        }
        Chain active = map == null || selection.chain().get() == null ? null
                : map.findChain(selection.chain().get()).orElse(null);
        filling = true;
        try {
            List<ChainRow> rows = map == null ? List.of() : map.chains().stream().map(ChainRow::of).toList();
            if (!rows.equals(list.getItems())) {
                list.getItems().setAll(rows);
            }
            if (active == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(map.chainIndex(active.id()));
            }
        } finally {
            filling = false;
        }
        linksEditor.show(map, active);
    }

    private void execute(Command command) {
        Document current = document.getValue();
        if (current != null) {
            current.commands().execute(command);
        }
    }
}
