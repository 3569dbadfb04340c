package org.touchmap.layout;

import java.util.List;

/**
 * The rectangle a person drags on empty canvas to select the cards it touches.
 *
 * @param area the rectangle in map coordinates
 */
public record RubberBand(Rect area) {

    /** The band between where the drag started and where the pointer is now, in any direction. */
    public static RubberBand between(double startX, double startY, double endX, double endY) {
        return new RubberBand(new Rect(Math.min(startX, endX), Math.min(startY, endY),
                Math.abs(endX - startX), Math.abs(endY - startY)));
    }

    /**
     * Ids of the cards the band overlaps, in drawing order. A card only partly inside counts, as in
     * most drawing tools, so a quick sweep over a row picks up every card in it.
     */
    public List<String> cardsIn(MapLayout layout) {
        return layout.cards().stream()
                .filter(card -> card.bounds().overlaps(area))
                .map(CardBox::touchpointId)
                .toList();
    }
}
