package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.touchmap.analysis.StageAnalyses;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.WeakLink;
import org.touchmap.analysis.WeakLinks;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.i18n.PercentText;

/**
 * Marks the analysis on the canvas while it is switched on: a health badge on every stage header
 * (coloured by {@link org.touchmap.analysis.StageHealth}, with the share of negative touchpoints;
 * the stage after which the most customers are lost says so) and a rank on the cards of the weakest links. It is redrawn with every new layout, i.e. after
 * every change of the map; while it is off nothing is computed.
 */
public final class AnalysisOverlay {
    /** How many of the weakest links get a rank; more would be noise on a large map. */
    static final int RANKED_LINKS = 5;
    private static final double RANK_SIZE = 22;

    private final MapCanvas canvas;
    private final Pane layer;
    private final CanvasMessages messages;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", false);

    public AnalysisOverlay(MapCanvas canvas) {
        this.canvas = canvas;
        // The canvas's drawn map is always its CanvasContent; the layer is kept within this package.
        this.layer = ((CanvasContent) canvas.mapContent()).analysisLayer();
        this.messages = new CanvasMessages(canvas.locale());
        showing.addListener((obs, was, now) -> redraw());
        canvas.mapLayoutProperty().addListener((obs, old, now) -> redraw());
    }

    /** Whether the badges are shown; off at first. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    private void redraw() {
        JourneyMap map = canvas.map();
        MapLayout layout = canvas.mapLayout();
        if (!showing.get() || map == null || layout == null) {
            layer.getChildren().clear();
            return;
        }
        List<Node> badges = new ArrayList<>();
        List<StageAnalysis> analyses = StageAnalyses.of(map);
        for (int i = 0; i < analyses.size() && i < layout.columns().size(); i++) {
            badges.add(stageBadge(analyses.get(i), layout.columns().get(i)));
        }
        List<WeakLink> weakest = WeakLinks.of(map);
        for (int i = 0; i < weakest.size() && i < RANKED_LINKS; i++) {
            int rank = i + 1;
            WeakLink link = weakest.get(i);
            layout.card(link.touchpointId()).ifPresent(card -> badges.add(rankBadge(rank, link, card.bounds())));
        }
        layer.getChildren().setAll(badges);
    }

    /** The share lost after a stage as the analysis table shows it ("85 %", not "85,0 %"). */
    static String leakPercent(Locale locale, double dropOff) {
        return PercentText.of(locale, dropOff);
    }

    private Node stageBadge(StageAnalysis analysis, StageColumn column) {
        String text = analysis.shareNegative().isPresent()
                ? messages.get("overlay.shareNegative", Math.round(analysis.shareNegative().getAsDouble() * 100))
                : messages.get("overlay.notRated");
        String leak = "";
        if (analysis.biggestLeak()) {
            String percent = leakPercent(canvas.locale(), analysis.dropOffToNext().orElse(0));
            text = text + "\n" + messages.get("overlay.biggestLeak", percent);
            leak = messages.get("overlay.biggestLeak.hint", analysis.summary().name(), percent);
        }
        Label badge = new Label(text);
        if (analysis.biggestLeak()) {
            badge.getStyleClass().add("biggest-leak");
            badge.setTooltip(new Tooltip(leak));
        }
        String health = analysis.health().name().toLowerCase(Locale.ROOT);
        badge.getStyleClass().addAll("stage-health-badge", health);
        badge.getProperties().put("stageId", column.stageId());
        badge.setAccessibleText(messages.get("overlay.health." + health) + " · " + text.replace('\n', ' ')
                + (leak.isEmpty() ? "" : " · " + leak));
        // The header's slot kept free of text, so the badge never covers the stage's name or question.
        Rect box = column.badgeBox();
        // A pill at the slot's right end, as wide as its words; the slot is wide enough for the longest.
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane holder = new StackPane(badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        holder.setPickOnBounds(false);
        holder.resizeRelocate(box.x(), box.y(), box.width(), box.height());
        holder.setManaged(false);
        return holder;
    }

    private Node rankBadge(int rank, WeakLink link, Rect card) {
        Label badge = new Label(Integer.toString(rank));
        badge.getStyleClass().add("weak-link-rank");
        badge.getProperties().put("touchpointId", link.touchpointId());
        badge.setAccessibleText(messages.get("overlay.rank", rank, link.name()));
        badge.setAlignment(Pos.CENTER);
        badge.setManaged(false);
        // Over the card's top-left corner, half outside it, so it hides none of the card's own marks.
        badge.resizeRelocate(card.x() - RANK_SIZE / 2, card.y() - RANK_SIZE / 2, RANK_SIZE, RANK_SIZE);
        return badge;
    }
}
