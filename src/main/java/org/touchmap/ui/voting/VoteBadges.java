package org.touchmap.ui.voting;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;

import org.touchmap.analysis.CardVotes;
import org.touchmap.analysis.VoteTally;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.BadgeLayers;
import org.touchmap.ui.canvas.MapCanvas;

/**
 * The dots of the vote on the canvas: a small badge with the card's total ("● 5") over the
 * top-right corner of every card that has dots. Redrawn with every new layout, i.e. after every
 * change of the map, into a group of its own in the canvas's overlay, so gesture feedback there
 * is left alone; it never takes the mouse from the cards under it.
 */
public final class VoteBadges {
    /** How far the badge reaches above the card's top edge, so it hides none of the card's text. */
    private static final double RIGHT_INSET = 6;

    private final MapCanvas canvas;
    private final Group layer = new Group();
    private final VotingText text = VotingText.current();

    public VoteBadges(MapCanvas canvas) {
        this.canvas = canvas;
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        layer.getStyleClass().add("vote-badges");
        BadgeLayers.mark(layer);
        org.touchmap.ui.canvas.SceneStylesheets.follow(layer, VoteBadges.class.getResource("voting.css").toExternalForm());
        canvas.overlay().getChildren().add(0, layer);
        canvas.mapLayoutProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        JourneyMap map = canvas.map();
        MapLayout layout = canvas.mapLayout();
        if (map == null || layout == null) {
            layer.getChildren().clear();
            return;
        }
        List<Node> badges = new ArrayList<>();
        for (CardVotes votes : VoteTally.of(map).ranking()) {
            layout.card(votes.touchpointId()).ifPresent(card -> badges.add(badge(votes, card.bounds())));
        }
        layer.getChildren().setAll(badges);
    }

    private Node badge(CardVotes votes, Rect card) {
        Label badge = new Label(text.get("badge", votes.dots()));
        badge.getStyleClass().add("vote-badge");
        badge.getProperties().put("touchpointId", votes.touchpointId());
        badge.setAccessibleText(text.get("badge.accessible", votes.dots(), votes.name(),
                String.join(", ", votes.voterNames())));
        // On the card's bottom edge, anchored by its right side whatever width its number gives it:
        // the top edge carries the analysis rank and the marks of a comparison.
        badge.translateXProperty().bind(badge.widthProperty().negate());
        badge.translateYProperty().bind(badge.heightProperty().divide(-2));
        badge.relocate(card.x() + card.width() - RIGHT_INSET, card.y() + card.height());
        return badge;
    }
}
