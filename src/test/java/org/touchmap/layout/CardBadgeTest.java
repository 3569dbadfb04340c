package org.touchmap.layout;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Control;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class CardBadgeTest {

    @Test
    void plainOnlineCardHasNoBadges() {
        assertEquals(List.of(), CardBadge.of(new Touchpoint("tp", "Plain", "s", "l")));
    }

    @Test
    void badgesFollowTheTouchpointInAFixedOrder() {
        Touchpoint tp = new Touchpoint("tp", "Everything", "s", "l");
        tp.setMetrics(Map.of(Metric.NPS, 10.0));
        tp.setControl(Control.UNCONTROLLED);
        tp.setPresence(Presence.OFFLINE);
        tp.setKeyPoint(true);
        assertEquals(List.of(CardBadge.KEY_POINT, CardBadge.OFFLINE, CardBadge.UNCONTROLLED, CardBadge.METRIC),
                CardBadge.of(tp));
    }

    @Test
    void everyRatingHasItsOwnColourAndIcon() {
        assertEquals(Rating.values().length,
                java.util.Arrays.stream(Rating.values()).map(Palette::ratingColor).distinct().count());
        assertEquals(Rating.values().length,
                java.util.Arrays.stream(Rating.values()).map(RatingIcons::iconLiteral).distinct().count());
        assertEquals("#009e73", Palette.ratingColor(Rating.POSITIVE));
        assertEquals("#d55e00", Palette.ratingColor(Rating.NEGATIVE));
    }
}
