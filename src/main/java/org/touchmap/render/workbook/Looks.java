package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.touchmap.layout.Palette;
import org.touchmap.model.Rating;

/** The looks the sheets share, in the colours of the canvas ({@link Palette}). */
final class Looks {
    static final CellLook TEXT = CellLook.PLAIN;
    static final CellLook MUTED = CellLook.PLAIN.withFontColor(Palette.MUTED_TEXT);
    /**
     * Text in a table: wrapped within its column, so a long description is never cut off at the next
     * column; rows have no set height, and Excel and LibreOffice make them as tall as their text.
     */
    static final CellLook WRAPPED = TEXT.asWrapped();
    static final CellLook WRAPPED_MUTED = MUTED.asWrapped();
    static final CellLook HEADER = CellLook.PLAIN.asBold().withFill(Palette.STAGE_HEADER_FILL).asWrapped().asBordered()
            .withAlignment(HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
    static final CellLook TITLE = CellLook.PLAIN.asBold().withPoints(16).withAlignment(HorizontalAlignment.LEFT,
            VerticalAlignment.CENTER);

    private Looks() {
    }

    static CellLook number(String format) {
        return CellLook.PLAIN.withFormat(format);
    }

    /** A header cell filled with a tint of a rating's colour, e.g. above the count of negative touchpoints. */
    static CellLook ratingHeader(Rating rating) {
        return HEADER.withFill(Palette.ratingTint(rating));
    }

    /** A cell showing a rating: filled with a tint of its colour, on which dark text meets WCAG AA. */
    static CellLook rating(Rating rating) {
        return CellLook.PLAIN.withFill(Palette.ratingTint(rating)).withFontColor(Palette.TEXT);
    }
}
