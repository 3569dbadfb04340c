package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.PhaseBand;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;

/**
 * The drawn map at 100 % zoom, in map coordinates, built from a {@link MapLayout} in three layers:
 * the grid with its headers, the chain arrows, and the cards on top. Nodes are built once per
 * layout; nothing is measured or placed here beyond what the layout says. Above the cards lie the
 * analysis marks and an overlay that gestures draw their feedback into; building the map leaves
 * both alone. What lies far outside the view is hidden by a {@link ViewportCulling}.
 */
final class CanvasContent extends Pane {
    private final CanvasMessages messages;
    private final Pane gridLayer = layer("grid-layer");
    private final Pane connectorLayer = layer("connector-layer");
    private final Pane cardLayer = layer("card-layer");
    private final Pane analysisLayer = layer("analysis-layer");
    private final Pane overlay = layer("overlay-layer");
    private final NearViewLayer<ConnectorNode> connectorNodes = new NearViewLayer<>(connectorLayer, ConnectorNode::extent);
    private final NearViewLayer<CardNode> cardNodes = new NearViewLayer<>(cardLayer, CardNode::bounds);
    private final Map<String, CardNode> cards = new LinkedHashMap<>();
    private final List<NoteNode> notes = new ArrayList<>();
    private final List<Node> laneContents = new ArrayList<>();
    private final javafx.collections.ObservableList<Node> supportLinks = javafx.collections.FXCollections.observableArrayList();
    private final ViewportCulling culling;
    private final ZoomCaching zoomCaching = new ZoomCaching(this::cards);
    private boolean cardDetails = true;

    /** @param visibleArea the part of the map in view, in map coordinates, or {@code null} while unknown */
    CanvasContent(CanvasMessages messages, Supplier<Rect> visibleArea) {
        this.messages = messages;
        getStyleClass().add("map-content");
        // Arrows never take the mouse from the cards under and around them.
        connectorLayer.setMouseTransparent(true);
        // The analysis marks only inform: clicks go to the cards and headers under them.
        analysisLayer.setMouseTransparent(true);
        BadgeLayers.mark(analysisLayer);
        getChildren().addAll(gridLayer, connectorLayer, cardLayer, analysisLayer, overlay);
        culling = new ViewportCulling(List.of(gridLayer, analysisLayer), List.of(connectorNodes, cardNodes), overlay,
                visibleArea);
        sceneProperty().addListener((obs, before, now) -> culling.follow(before, now));
    }

    /**
     * Draws the given map as the layout places it. Cards that look as before keep their nodes and
     * are only moved, so redrawing after a small edit stays quick on large maps.
     */
    void build(JourneyMap map, MapLayout layout) {
        Rect bounds = layout.bounds();
        setMinSize(bounds.width(), bounds.height());
        setPrefSize(bounds.width(), bounds.height());
        setMaxSize(bounds.width(), bounds.height());
        gridLayer.getChildren().setAll(gridNodes(map, layout));
        connectorNodes.setAll(layout.connectors().stream().map(ConnectorNode::new).toList());

        Map<String, CardNode> previous = new HashMap<>(cards);
        cards.clear();
        List<CardNode> ordered = new ArrayList<>(layout.cards().size());
        for (CardBox box : layout.cards()) {
            CardFace face = CardFace.of(map.touchpoint(box.touchpointId()));
            CardNode card = previous.get(box.touchpointId());
            if (card == null || !card.face().equals(face)) {
                card = new CardNode(box.touchpointId(), face, layout.cardAnatomy(), messages);
                card.setCacheHint(zoomCaching.hint());
                card.showDetails(cardDetails);
            }
            card.place(box.bounds());
            cards.put(box.touchpointId(), card);
            ordered.add(card);
        }
        cardNodes.setAll(ordered);
        culling.invalidate();
    }

    /**
     * The zoom changed, and with it what is in view and whether cards show their details. Details
     * are dropped before culling shows the cards coming into view, and built after it hid the cards
     * leaving it, so only cards that stay in view are built: building every card of a large map
     * for one frame, before culling hid most of them, made Actual size take seconds.
     */
    void zoomChanged(boolean details) {
        if (!details) {
            showCardDetails(false);
        }
        culling.cullNow();
        if (details) {
            showCardDetails(true);
        }
    }

    /** Shows or hides the names, icons and badges of all cards, see {@link CardNode#showDetails}. */
    void showCardDetails(boolean shown) {
        if (shown != cardDetails) {
            cardDetails = shown;
            cards.values().forEach(card -> card.showDetails(shown));
        }
    }

    Optional<CardNode> card(String touchpointId) {
        return Optional.ofNullable(cards.get(touchpointId));
    }

    Set<String> cardIds() {
        return Collections.unmodifiableSet(cards.keySet());
    }

    /** The notes of the current layout's notes lanes. */
    List<NoteNode> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** What the metrics and emotion lanes show: figures, and the curves' segments and dots. */
    List<Node> laneContents() {
        return Collections.unmodifiableList(laneContents);
    }

    /** The process steps' links to the cards they support, one node each. */
    List<Node> supportLinks() {
        return Collections.unmodifiableList(supportLinks);
    }

    Collection<CardNode> cards() {
        return Collections.unmodifiableCollection(cards.values());
    }

    /** Every arrow of the map, drawn or not. */
    List<ConnectorNode> connectors() {
        return connectorNodes.nodes();
    }

    Pane overlay() {
        return overlay;
    }

    /** What draws the cards from their pictures while the zoom changes; the canvas tells it when. */
    ZoomCaching zoomCaching() {
        return zoomCaching;
    }

    /** What hides the nodes far outside the view; the canvas tells it when the view changes. */
    ViewportCulling culling() {
        return culling;
    }

    /** The layer above the cards that {@link AnalysisOverlay} draws its marks into; building the map leaves it alone. */
    Pane analysisLayer() {
        return analysisLayer;
    }

    private List<Node> gridNodes(JourneyMap map, MapLayout layout) {
        List<Node> nodes = new ArrayList<>();
        for (LaneRow row : layout.rows()) {
            nodes.add(rowTint(map.lane(row.laneId()), row));
        }
        Path lines = new Path(PathElements.ofSegments(layout.gridLines()));
        lines.getStyleClass().add("grid-line");
        nodes.add(lines);
        nodes.add(fixedLabel(map.title(), layout.titleBox(), "map-title", Pos.CENTER_LEFT));
        layout.personaBand().ifPresent(band -> nodes.add(new PersonaNode(map.persona(), band, messages)));
        for (PhaseBand band : layout.phaseBands()) {
            nodes.add(new PhaseBandNode(band));
        }
        for (StageColumn column : layout.columns()) {
            nodes.add(new StageHeaderNode(map.stage(column.stageId()), column));
        }
        for (LaneRow row : layout.rows()) {
            nodes.add(new LaneHeaderNode(map.lane(row.laneId()), row));
            nodes.add(LaneHeaderNode.icon(row));
        }
        laneContents.clear();
        laneContents.addAll(LaneContentNodes.of(map, layout, messages.locale()));
        nodes.addAll(laneContents);
        nodes.addAll(BlueprintNodes.lines(layout, messages.locale()));
        // Under the notes, as in every picture: a link passing a step of another band goes behind it.
        supportLinks.setAll(BlueprintNodes.links(map, layout));
        nodes.addAll(supportLinks);
        notes.clear();
        for (NoteBox note : layout.notes()) {
            Note shown = map.findNote(note.noteId()).orElseThrow();
            NoteNode node = new NoteNode(note, shown.stageId(), shown.picture());
            notes.add(node);
            nodes.add(node);
        }
        if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
            Rect grid = layout.grid();
            nodes.add(fixedLabel(messages.get("canvas.empty"),
                    new Rect(layout.titleBox().x(), grid.y(), Math.max(grid.width(), layout.titleBox().width()),
                            layout.settings().minRowHeight()), "empty-message", Pos.TOP_LEFT));
        }
        return nodes;
    }

    private static Region rowTint(Lane lane, LaneRow row) {
        Region tint = new Region();
        tint.getStyleClass().add("lane-row");
        if (row.index() % 2 == 1) {
            tint.getStyleClass().add("odd");
        }
        if (lane.color() != null) {
            // The colour is validated as #rrggbb by the model, so it is safe inside a style.
            tint.setStyle("-tm-row-tint: " + lane.color() + "22;");
            tint.getStyleClass().add("coloured");
        }
        Rect body = row.body();
        tint.setManaged(false);
        tint.resizeRelocate(body.x(), body.y(), body.width(), body.height());
        return tint;
    }

    private static Label fixedLabel(String text, Rect box, String styleClass, Pos alignment) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setAlignment(alignment);
        label.setMinSize(box.width(), box.height());
        label.setPrefSize(box.width(), box.height());
        label.setMaxSize(box.width(), box.height());
        label.relocate(box.x(), box.y());
        return label;
    }

    private static Pane layer(String styleClass) {
        Pane layer = new Pane();
        layer.getStyleClass().add(styleClass);
        layer.setPickOnBounds(false);
        return layer;
    }
}
