package org.touchmap.render;

import org.junit.jupiter.api.Test;

import org.touchmap.layout.CardBadge;
import org.touchmap.layout.RatingIcons;
import org.touchmap.layout.Rect;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class IconShapesTest {
    private static final Rect SLOT = new Rect(100, 50, 18, 18);

    @Test
    void everyIconACardOrALaneHeaderCanShowHasAnOutlineInItsSlot() {
        for (Channel channel : ChannelCatalog.all()) {
            assertDrawnInSlot(channel.iconLiteral());
        }
        for (Rating rating : Rating.values()) {
            assertDrawnInSlot(RatingIcons.iconLiteral(rating));
        }
        for (CardBadge badge : CardBadge.values()) {
            assertDrawnInSlot(badge.iconLiteral());
        }
        for (org.touchmap.model.LaneKind kind : org.touchmap.model.LaneKind.values()) {
            assertDrawnInSlot(org.touchmap.layout.LaneIcons.iconLiteral(kind));
        }
    }

    @Test
    void anUnknownIconIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IconShapes.icon("mdi2x-no-such-icon-anywhere", SLOT));
        assertTrue(refused.getMessage().contains("mdi2x-no-such-icon-anywhere"));
    }

    private static void assertDrawnInSlot(String literal) {
        var bounds = IconShapes.icon(literal, SLOT).getBounds2D();
        assertFalse(bounds.isEmpty(), literal + " has no outline");
        // Glyphs keep a little of their design box around them, never much more than the slot.
        assertTrue(bounds.getMinX() >= SLOT.x() - 2 && bounds.getMaxX() <= SLOT.maxX() + 2, literal + " " + bounds);
        assertTrue(bounds.getMinY() >= SLOT.y() - 2 && bounds.getMaxY() <= SLOT.maxY() + 2, literal + " " + bounds);
    }
}
