package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

import org.touchmap.model.Persona;

/**
 * Where the map's persona is drawn under the title: a round avatar with the initials on the left,
 * then a headline (the name, followed by the demographics) and below it one column per shown
 * {@link PersonaDetail}, all of equal width. Each column has its label on a line of its own and the
 * detail's text wrapped to as many lines as it needs; the band is as tall as its longest column,
 * so a text in a long language is never cut. The lines are broken here, once, so the canvas, the
 * pictures and presenter mode show the same lines.
 *
 * @param bounds   the space the band takes from the map, including the gap below it
 * @param frame    the band's visible box
 * @param avatar   the square the avatar circle fills
 * @param headline the line with the name and the demographics
 * @param details  the columns under the headline, left to right
 */
public record PersonaBand(Rect bounds, Rect frame, Rect avatar, Rect headline, List<DetailBox> details) {
    /** Free space between the band and the phase band or stage headers under it. */
    public static final double GAP = 8;
    /** Size in pixels of a detail's label and text, on the canvas (its stylesheet says the same) and in pictures. */
    public static final double DETAIL_FONT_SIZE = 11;
    /** Height of the line a detail's label takes, and of each line of its text. */
    public static final double DETAIL_LINE_HEIGHT = 15;
    /** The lowest band, that of a persona with a headline alone: room for the avatar. */
    static final double LOWEST_FRAME = 58;
    private static final double AVATAR_SIZE = 40;
    private static final double AVATAR_LEFT = 10;
    private static final double PADDING = 8;
    private static final double TEXT_LEFT = 12;
    private static final double TEXT_RIGHT = 12;
    private static final double HEADLINE_HEIGHT = 22;
    private static final double DETAIL_TOP = 2;
    private static final double DETAIL_SPACING = 16;
    /**
     * Room kept free at the end of each line: the canvas measures the same font with its own
     * hinting, a fraction of a pixel wider at most, and must not find a line too long.
     */
    private static final double MEASURING_TOLERANCE = 3;

    /**
     * One column under the headline.
     *
     * @param detail which part of the persona it shows
     * @param box    the column: the label's line on top, the text's lines under it
     * @param lines  the detail's text, broken into the lines that fit the column
     */
    public record DetailBox(PersonaDetail detail, Rect box, List<String> lines) {
        public DetailBox {
            lines = List.copyOf(lines);
        }

        /** The line the detail's label sits on. */
        public Rect labelBox() {
            return new Rect(box.x(), box.y(), box.width(), DETAIL_LINE_HEIGHT);
        }

        /** The box of the text's line {@code index}, counted from 0. */
        public Rect lineBox(int index) {
            return new Rect(box.x(), box.y() + (index + 1) * DETAIL_LINE_HEIGHT, box.width(), DETAIL_LINE_HEIGHT);
        }
    }

    public PersonaBand {
        details = List.copyOf(details);
    }

    /** The band for a persona, as wide as {@code width}, with its top-left corner at {@code x, y}. */
    static PersonaBand place(Persona persona, double x, double y, double width) {
        double textX = x + AVATAR_LEFT + AVATAR_SIZE + TEXT_LEFT;
        double textWidth = Math.max(0, x + width - TEXT_RIGHT - textX);
        List<PersonaDetail> shown = PersonaDetail.shownFor(persona);
        double columnWidth = shown.isEmpty() ? 0
                : Math.max(0, (textWidth - DETAIL_SPACING * (shown.size() - 1)) / shown.size());
        List<List<String>> lines = shown.stream().map(detail -> lines(detail.text(persona), columnWidth)).toList();
        int mostLines = lines.stream().mapToInt(List::size).max().orElse(0);
        double detailsHeight = shown.isEmpty() ? 0 : (1 + mostLines) * DETAIL_LINE_HEIGHT;
        double frameHeight = Math.max(LOWEST_FRAME,
                PADDING + HEADLINE_HEIGHT + DETAIL_TOP + detailsHeight + PADDING);

        Rect bounds = new Rect(x, y, width, frameHeight + GAP);
        Rect frame = bounds.inset(0, 0, GAP, 0);
        Rect avatar = new Rect(frame.x() + AVATAR_LEFT, frame.y() + (LOWEST_FRAME - AVATAR_SIZE) / 2,
                AVATAR_SIZE, AVATAR_SIZE);
        double textTop = frame.y() + (frameHeight - (HEADLINE_HEIGHT + DETAIL_TOP + detailsHeight)) / 2;
        Rect headline = new Rect(textX, textTop, textWidth, HEADLINE_HEIGHT);
        List<DetailBox> boxes = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            double left = textX + i * (columnWidth + DETAIL_SPACING);
            boxes.add(new DetailBox(shown.get(i),
                    new Rect(left, headline.maxY() + DETAIL_TOP, columnWidth, detailsHeight), lines.get(i)));
        }
        return new PersonaBand(bounds, frame, avatar, headline, boxes);
    }

    private static List<String> lines(String text, double columnWidth) {
        return LineBreaks.wrap(text, Math.max(1, columnWidth - MEASURING_TOLERANCE),
                line -> BundledFontWidths.width(line, DETAIL_FONT_SIZE));
    }
}
