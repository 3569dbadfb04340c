package org.touchmap.ui.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.edit.AddTouchpoint;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.ChannelType;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * The channel catalog on the left of the canvas: every channel with its icon and name, searchable
 * and filtered by family. Drag an entry onto the map, or double-click it (or press Enter) to add a
 * card of that channel to the selected stage as one undo step.
 */
public final class CatalogPanel extends BorderPane {
    /** Room for two channels of the list, so a short panel still offers something to drag. */
    private static final double MIN_LIST_HEIGHT = 2 * 34;

    private final Selection selection;
    private final ObservableValue<Document> document;
    private final CatalogText text = CatalogText.current();
    private final FilteredList<Channel> shown =
            new FilteredList<>(FXCollections.observableArrayList(ChannelCatalog.all()));
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<ChannelType> family = new ComboBox<>();
    private final ListView<Channel> list = new ListView<>(shown);
    private final VBox header;
    private final Label hint;

    /**
     * @param selection where new cards go (the selected stage), and what is selected after adding one
     * @param document  the open document, replaced when another map is opened
     */
    public CatalogPanel(Selection selection, ObservableValue<Document> document) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.document = Objects.requireNonNull(document, "document");
        getStyleClass().add("catalog-panel");
        getStylesheets().add(Objects.requireNonNull(CatalogPanel.class.getResource("catalog.css")).toExternalForm());

        Label title = new Label(text.get("title"));
        title.getStyleClass().addAll("catalog-title", Styles.TITLE_4);
        search.setPromptText(text.get("search.prompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.setId("catalog-search");
        search.textProperty().addListener((obs, old, now) -> applyFilter());

        family.getItems().add(null);
        family.getItems().addAll(Arrays.asList(ChannelType.values()));
        family.setButtonCell(new FamilyCell());
        family.setCellFactory(view -> new FamilyCell());
        family.setMaxWidth(Double.MAX_VALUE);
        family.setId("catalog-family");
        family.valueProperty().addListener((obs, old, now) -> applyFilter());

        hint = new Label(text.get("hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setId("catalog-hint");
        // A short catalog panel shrinks its list, never the hint to an ellipsis; too short for both,
        // it leaves the hint out rather than push its title out of view (see layoutChildren).
        hint.setMinHeight(Region.USE_PREF_SIZE);
        header = new VBox(8, title, search, family, hint);
        header.getStyleClass().add("catalog-header");
        setTop(header);

        list.setId("catalog-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(view -> new ChannelListCell(text, this::addCard));
        list.setPlaceholder(new Label(text.get("empty")));
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                addCard(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        setCenter(list);
        // The wrapped hint needs more lines in a narrower panel, so the minimum height follows the width.
        widthProperty().addListener((obs, was, now) -> requestLayout());
    }

    /**
     * The title, the search and the filter, and two channels below them, at the panel's width (a
     * split pane asks without a width); the hint gives way first ({@link #layoutChildren}).
     */
    @Override
    protected double computeMinHeight(double width) {
        return heightFor(width, false);
    }

    /**
     * Shows the hint while the panel has room for it above two channels, and leaves it out when the
     * analysis and the chains leave too little: the title, the search and two channels always show.
     */
    @Override
    protected void layoutChildren() {
        boolean roomy = getHeight() >= heightFor(getWidth(), true) - 0.5;
        if (hint.isManaged() != roomy) {
            hint.setManaged(roomy);
            hint.setVisible(roomy);
        }
        super.layoutChildren();
    }

    /** The height of the header, with or without the hint, and two channels, at the panel's width. */
    private double heightFor(double width, boolean withHint) {
        double panelWidth = width > 0 ? width : getWidth();
        double headerWidth = panelWidth > 0 ? panelWidth - snappedLeftInset() - snappedRightInset() : -1;
        double hintPart = hint.prefHeight(headerWidth) + header.getSpacing();
        double headerHeight = header.prefHeight(headerWidth);
        if (hint.isManaged() && !withHint) {
            headerHeight -= hintPart;
        } else if (!hint.isManaged() && withHint) {
            headerHeight += hintPart;
        }
        return snappedTopInset() + headerHeight + MIN_LIST_HEIGHT + snappedBottomInset();
    }

    /** The channels listed now, after search and filter. */
    List<Channel> shownChannels() {
        return List.copyOf(shown);
    }

    /** Adds a card of {@code channel} where {@link CardPlacement} says, named after it, and selects it. */
    void addCard(Channel channel) {
        Document current = document.getValue();
        if (current == null) {
            return;
        }
        CardPlacement.forNewCard(current.map(), selection).ifPresent(place -> {
            String name = channel.displayName(text.locale());
            AddTouchpoint add = AddTouchpoint.newCard(current.map(), name, channel, place);
            current.commands().execute(add);
            selection.selectTouchpoints(List.of(add.touchpointId()));
        });
    }

    private void applyFilter() {
        shown.setPredicate(new ChannelFilter(search.getText(), family.getValue(), text.locale()));
    }

    /** A family of channels in the filter, or "all channels" for none. */
    private final class FamilyCell extends ListCell<ChannelType> {
        @Override
        protected void updateItem(ChannelType type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty ? null : type == null ? text.get("family.all") : text.typeName(type));
        }
    }
}
