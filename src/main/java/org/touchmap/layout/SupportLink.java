package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process step's link to a touchpoint it supports: a straight line from the step to the card,
 * between the edges that face each other, drawn across the blueprint's lines.
 *
 * @param noteId       the process step
 * @param touchpointId the card it supports
 * @param line         from the middle of the step's facing edge to the middle of the card's
 */
public record SupportLink(String noteId, String touchpointId, Segment line) {
    /** Radius of the dot drawn at each end of a link. */
    public static final double END_RADIUS = 3.5;

    /** The links of every step to the cards on the map; a card not laid out (filtered away) gets none. */
    static List<SupportLink> of(List<NoteBox> notes, Map<String, CardBox> cards) {
        List<SupportLink> links = new ArrayList<>();
        for (NoteBox note : notes) {
            for (String cardId : note.supports()) {
                CardBox card = cards.get(cardId);
                if (card != null) {
                    links.add(new SupportLink(note.noteId(), cardId, between(note.bounds(), card.bounds())));
                }
            }
        }
        return links;
    }

    private static Segment between(Rect step, Rect card) {
        double stepX = step.x() + step.width() / 2;
        double cardX = card.x() + card.width() / 2;
        if (card.maxY() <= step.y()) {
            return new Segment(new Point(stepX, step.y()), new Point(cardX, card.maxY()));
        }
        if (card.y() >= step.maxY()) {
            return new Segment(new Point(stepX, step.maxY()), new Point(cardX, card.y()));
        }
        // Side by side in one row, as a step never is in a card's lane but a hand-edited file may say.
        double stepY = step.y() + step.height() / 2;
        double cardY = card.y() + card.height() / 2;
        return card.x() >= step.maxX()
                ? new Segment(new Point(step.maxX(), stepY), new Point(card.x(), cardY))
                : new Segment(new Point(step.x(), stepY), new Point(card.maxX(), cardY));
    }
}
