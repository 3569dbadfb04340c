package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

import org.touchmap.model.Persona;

/**
 * Where the map's persona is drawn under the title: a round avatar with the initials on the left,
 * then a headline (the name, followed by the demographics) and below it one column per shown
 * {@link PersonaDetail}, all of equal width.
 *
 * @param bounds   the space the band takes from the map, including the gap below it
 * @param frame    the band's visible box
 * @param avatar   the square the avatar circle fills
 * @param headline the line with the name and the demographics
 * @param details  the columns of the second line, left to right
 */
public record PersonaBand(Rect bounds, Rect frame, Rect avatar, Rect headline, List<DetailBox> details) {
    /** Height the band adds to the map, gap below included. */
    public static final double HEIGHT = 66;
    /** Free space between the band and the phase band or stage headers under it. */
    public static final double GAP = 8;
    private static final double AVATAR_SIZE = 40;
    private static final double AVATAR_LEFT = 10;
    private static final double TEXT_LEFT = 12;
    private static final double TEXT_RIGHT = 12;
    private static final double HEADLINE_HEIGHT = 22;
    private static final double DETAIL_TOP = 2;
    private static final double DETAIL_HEIGHT = 18;
    private static final double DETAIL_SPACING = 16;

    /** One column of the second line. */
    public record DetailBox(PersonaDetail detail, Rect box) {
    }

    public PersonaBand {
        details = List.copyOf(details);
    }

    /** The band for a persona, as wide as {@code width}, with its top-left corner at {@code x, y}. */
    static PersonaBand place(Persona persona, double x, double y, double width) {
        Rect bounds = new Rect(x, y, width, HEIGHT);
        Rect frame = bounds.inset(0, 0, GAP, 0);
        Rect avatar = new Rect(frame.x() + AVATAR_LEFT, frame.centerY() - AVATAR_SIZE / 2, AVATAR_SIZE, AVATAR_SIZE);
        double textX = avatar.maxX() + TEXT_LEFT;
        double textWidth = Math.max(0, frame.maxX() - TEXT_RIGHT - textX);
        double textTop = frame.centerY() - (HEADLINE_HEIGHT + DETAIL_TOP + DETAIL_HEIGHT) / 2;
        Rect headline = new Rect(textX, textTop, textWidth, HEADLINE_HEIGHT);
        return new PersonaBand(bounds, frame, avatar, headline,
                detailBoxes(PersonaDetail.shownFor(persona), textX, headline.maxY() + DETAIL_TOP, textWidth));
    }

    private static List<DetailBox> detailBoxes(List<PersonaDetail> shown, double x, double y, double width) {
        List<DetailBox> boxes = new ArrayList<>();
        if (shown.isEmpty()) {
            return boxes;
        }
        double columnWidth = Math.max(0, (width - DETAIL_SPACING * (shown.size() - 1)) / shown.size());
        for (int i = 0; i < shown.size(); i++) {
            double left = x + i * (columnWidth + DETAIL_SPACING);
            boxes.add(new DetailBox(shown.get(i), new Rect(left, y, columnWidth, DETAIL_HEIGHT)));
        }
        return boxes;
    }
}
