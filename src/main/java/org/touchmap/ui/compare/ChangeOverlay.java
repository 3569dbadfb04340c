package org.touchmap.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.MapDiff;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.BadgeLayers;
import org.touchmap.ui.canvas.MapCanvas;

/**
 * Marks on a canvas how its map differs from an earlier one: a green "+" on added cards, the old
 * and new rating on re-rated ones, "moved from …" on moved ones. Removed cards are not on the map;
 * the comparison's change list names them. The marks are worked out again with every new layout,
 * so they follow edits made while comparing.
 */
public final class ChangeOverlay {
    static final String STYLESHEET = ChangeOverlay.class.getResource("compare.css").toExternalForm();
    private static final double BADGE_HEIGHT = 20;
    private static final double BADGE_GAP = 2;

    private final MapCanvas canvas;
    private final Pane layer = new Pane();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private JourneyMap before;

    public ChangeOverlay(MapCanvas canvas) {
        this.canvas = canvas;
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        layer.getStyleClass().add("change-layer");
        BadgeLayers.mark(layer);
        canvas.overlay().getChildren().add(layer);
        org.touchmap.ui.canvas.SceneStylesheets.follow(canvas, STYLESHEET);
        canvas.mapLayoutProperty().addListener((obs, old, now) -> redraw());
    }

    /** Marks the differences of the shown map from {@code earlier} until {@link #clear()}. */
    public void compareWith(JourneyMap earlier) {
        this.before = earlier;
        showing.set(true);
        redraw();
    }

    public void clear() {
        before = null;
        showing.set(false);
        redraw();
    }

    /** Whether the canvas shows the marks of a comparison. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    private void redraw() {
        JourneyMap map = canvas.map();
        MapLayout layout = canvas.mapLayout();
        if (before == null || map == null || layout == null) {
            layer.getChildren().clear();
            return;
        }
        Map<String, Integer> badgesOnCard = new HashMap<>();
        List<Node> badges = new ArrayList<>();
        for (TouchpointChange change : MapDiff.between(before, map)) {
            if (change.kind() == ChangeKind.REMOVED) {
                continue;
            }
            String id = change.after().id();
            int index = badgesOnCard.merge(id, 1, Integer::sum) - 1;
            layout.card(id).ifPresent(card -> badges.add(badge(change, card.bounds(), index)));
        }
        layer.getChildren().setAll(badges);
    }

    private static Node badge(TouchpointChange change, Rect card, int index) {
        Label badge = new Label(CompareText.badge(change));
        badge.getStyleClass().addAll("change-badge", change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.getProperties().put("touchpointId", change.after().id());
        badge.setAccessibleText(CompareText.line(change));
        // Above the card's top edge, right-aligned, one row per change, so the card's own marks stay visible.
        StackPane holder = new StackPane(badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        holder.setPickOnBounds(false);
        double y = card.y() - BADGE_HEIGHT / 2 - index * (BADGE_HEIGHT + BADGE_GAP);
        holder.resizeRelocate(card.x(), y, card.width() + BADGE_HEIGHT / 2, BADGE_HEIGHT);
        holder.setManaged(false);
        return holder;
    }
}
