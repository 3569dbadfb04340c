package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CardAnatomyTest {

    @Test
    void everyPartLiesInsideTheCardWithoutOverlappingAnother() {
        LayoutSettings settings = LayoutSettings.defaults();
        CardAnatomy anatomy = CardAnatomy.of(settings);
        Rect card = new Rect(0, 0, settings.cardWidth(), settings.cardHeight());
        List<Rect> parts = new ArrayList<>(List.of(anatomy.ratingEdge(), anatomy.channelIcon(), anatomy.ratingIcon(),
                anatomy.nameBox()));
        parts.addAll(anatomy.badgeSlots());
        for (int i = 0; i < parts.size(); i++) {
            assertTrue(card.contains(parts.get(i)), parts.get(i) + " inside the card");
            for (int j = i + 1; j < parts.size(); j++) {
                assertFalse(parts.get(i).overlaps(parts.get(j)), parts.get(i) + " overlaps " + parts.get(j));
            }
        }
    }

    @Test
    void thereIsASlotForEveryBadgeAndTheNameGetsAtLeastTwoLines() {
        CardAnatomy anatomy = CardAnatomy.of(LayoutSettings.defaults());
        assertEquals(CardBadge.values().length, anatomy.badgeSlots().size());
        assertTrue(anatomy.nameBox().height() >= 2 * 15, "two lines of 12 px type");
        assertTrue(anatomy.nameBox().width() > LayoutSettings.defaults().cardWidth() * 0.8);
    }

    @Test
    void focusOutlineSurroundsTheCard() {
        LayoutSettings settings = LayoutSettings.defaults();
        CardAnatomy anatomy = CardAnatomy.of(settings);
        assertTrue(anatomy.focusOutline().contains(new Rect(0, 0, settings.cardWidth(), settings.cardHeight())));
        assertTrue(anatomy.focusOutline().x() < 0);
    }

    @Test
    void biggerCardsGetABiggerNameBox() {
        CardAnatomy normal = CardAnatomy.of(LayoutSettings.defaults());
        CardAnatomy large = CardAnatomy.of(LayoutSettings.defaults().withCardSize(240, 110));
        assertTrue(large.nameBox().width() > normal.nameBox().width());
        assertTrue(large.nameBox().height() > normal.nameBox().height());
        assertEquals(240 - large.ratingIcon().maxX(), 168 - normal.ratingIcon().maxX(), 1e-9,
                "the rating icon stays in the top-right corner");
    }
}
