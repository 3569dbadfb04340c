package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.touchmap.layout.Palette;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * A card as a cell of the {@code Map} sheet: the rating's sign, the name, and a star for a key
 * point, on a tint of the rating's colour that dark text reads on. The sign keeps the rating readable on a black-and-white print.
 */
final class CardText {
    static final String KEY_POINT_MARK = "★";

    private CardText() {
    }

    static String of(Touchpoint card) {
        String text = sign(card.rating()) + " " + card.name();
        return card.keyPoint() ? text + " " + KEY_POINT_MARK : text;
    }

    static String sign(Rating rating) {
        return switch (rating) {
            case POSITIVE -> "✔";
            case NEUTRAL -> "○";
            case NEGATIVE -> "✖";
            case UNRATED -> "?";
        };
    }

    static CellLook look(Touchpoint card) {
        return look(card.rating());
    }

    static CellLook look(Rating rating) {
        return CellLook.PLAIN.withFill(Palette.ratingTint(rating)).withFontColor(Palette.TEXT).asWrapped().asBordered()
                .withAlignment(HorizontalAlignment.LEFT, VerticalAlignment.TOP);
    }
}
