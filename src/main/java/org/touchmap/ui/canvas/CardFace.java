package org.touchmap.ui.canvas;

import java.util.List;

import org.touchmap.layout.CardBadge;
import org.touchmap.layout.RatingIcons;
import org.touchmap.model.Control;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * What a card shows of its touchpoint. Two touchpoints with equal faces look the same, so after an
 * edit the canvas keeps the nodes of every card whose face did not change and only moves them.
 */
record CardFace(String name, Rating rating, String channelIcon, List<CardBadge> badges, boolean uncontrolled) {

    CardFace {
        badges = List.copyOf(badges);
    }

    static CardFace of(Touchpoint touchpoint) {
        return new CardFace(touchpoint.name(), touchpoint.rating(), touchpoint.channel().iconLiteral(),
                CardBadge.of(touchpoint), touchpoint.control() == Control.UNCONTROLLED);
    }

    String ratingIcon() {
        return RatingIcons.iconLiteral(rating);
    }

    boolean keyPoint() {
        return badges.contains(CardBadge.KEY_POINT);
    }
}
