package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.chains.ChainColors;
import org.touchmap.ui.chains.ChainLinking;

/**
 * Dragging an arrow out of a card's connection handle: a rubber line follows the mouse, the card
 * under it is outlined, and letting go over another card links the two in the active chain.
 */
final class ConnectDrag {
    private final EditorContext context;
    private final Line rubber = new Line();
    private final Rectangle target = new Rectangle();
    private String fromId;

    ConnectDrag(EditorContext context) {
        this.context = context;
        rubber.getStyleClass().add("rubber-line");
        rubber.setMouseTransparent(true);
        rubber.setVisible(false);
        target.getStyleClass().add("connect-target");
        target.setMouseTransparent(true);
        target.setVisible(false);
        context.canvas().overlay().getChildren().addAll(target, rubber);
    }

    /** Starts a drag from a card's handle at a point in map coordinates. */
    void start(String cardId, double x, double y) {
        fromId = cardId;
        rubber.setStartX(x);
        rubber.setStartY(y);
        rubber.setEndX(x);
        rubber.setEndY(y);
        rubber.setStroke(Color.web(chainColor()));
        rubber.setStrokeWidth(context.screenDistance(2));
        rubber.setVisible(true);
    }

    boolean isActive() {
        return fromId != null;
    }

    void update(double x, double y) {
        if (fromId == null) {
            return;
        }
        rubber.setEndX(x);
        rubber.setEndY(y);
        Optional<Rect> over = targetAt(x, y).map(CardBox::bounds);
        target.setVisible(over.isPresent());
        over.ifPresent(box -> {
            double grow = context.screenDistance(3);
            target.setX(box.x() - grow);
            target.setY(box.y() - grow);
            target.setWidth(box.width() + 2 * grow);
            target.setHeight(box.height() + 2 * grow);
        });
    }

    /** Links the start card to the card under the point, if there is one other than the start. */
    void finish(double x, double y) {
        String from = fromId;
        cancel();
        if (from != null) {
            targetAt(x, y).ifPresent(card ->
                    ChainLinking.link(context.document(), context.selection(), from, card.touchpointId()));
        }
    }

    void cancel() {
        fromId = null;
        rubber.setVisible(false);
        target.setVisible(false);
    }

    private Optional<CardBox> targetAt(double x, double y) {
        MapLayout layout = context.layout();
        if (layout == null) {
            return Optional.empty();
        }
        return layout.cardAt(x, y).filter(card -> !card.touchpointId().equals(fromId));
    }

    /** The colour the new arrow will have: the active chain's, or the one a new chain would get. */
    private String chainColor() {
        JourneyMap map = context.map();
        String active = context.selection().chain().get();
        Optional<Chain> chain = active == null ? Optional.empty() : map.findChain(active);
        return chain.map(Chain::color).orElse(ChainColors.next(map.chains()));
    }
}
