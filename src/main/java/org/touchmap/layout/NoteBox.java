package org.touchmap.layout;

import org.touchmap.model.LaneKind;

import java.util.List;

/**
 * Where a note of a notes lane is drawn, and its text already broken into lines that fit.
 *
 * @param noteId id of the note
 * @param kind   the kind of its lane, which gives the note its colour
 * @param bounds the note's rectangle in map coordinates
 * @param lines  the note's text, line by line
 * @param owner  who does the process step, line by line above the text; empty when not said
 * @param supports ids of the touchpoints the step supports
 * @param picture  where a storyboard frame's picture is drawn, above its caption; {@code null} without one
 */
public record NoteBox(String noteId, LaneKind kind, Rect bounds, List<String> lines, List<String> owner,
                      List<String> supports, Rect picture) {
    /** The top of the first line of text: below the picture when there is one. */
    public double textTop() {
        return picture == null ? bounds.y() + PADDING : picture.maxY() + PADDING;
    }

    /** Size of a note's text in the bundled DejaVu Sans, on the canvas and in every picture. */
    public static final double FONT_SIZE = 12;
    /** From one line's baseline to the next. */
    public static final double LINE_HEIGHT = 16;
    /** Between the note's edge and its text. */
    public static final double PADDING = 6;
    /** Tallest a frame's picture is drawn, so one portrait photo does not make its lane a page high. */
    public static final double MAX_PICTURE_HEIGHT = 200;
    /** Between two notes of a cell. */
    public static final double GAP = 6;

    public NoteBox {
        lines = List.copyOf(lines);
        owner = List.copyOf(owner);
        supports = List.copyOf(supports);
    }
}
