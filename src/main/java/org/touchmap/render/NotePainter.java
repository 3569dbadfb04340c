package org.touchmap.render;

import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;
import org.touchmap.model.Picture;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Draws a note of a notes lane as a sticky note: paper coloured by its lane's kind, a thin edge,
 * a storyboard frame's picture, the process step's owner in muted text, and every line of its text
 * as the layout broke it, so an export shows the whole note.
 */
final class NotePainter {
    private static final double CORNER = 3;
    private static final float EDGE = 1f;

    private NotePainter() {
    }

    static void paint(Graphics2D g, NoteBox note, Picture picture) {
        var paper = Shapes.roundRect(note.bounds(), CORNER);
        g.setColor(Shapes.color(Palette.noteFill(note.kind())));
        g.fill(paper);
        g.setColor(Shapes.color(Palette.NOTE_BORDER));
        g.setStroke(new BasicStroke(EDGE));
        g.draw(paper);
        Font font = RenderFonts.regular((float) NoteBox.FONT_SIZE);
        g.setFont(font);
        double x = note.bounds().x() + NoteBox.PADDING;
        if (note.picture() != null && picture != null) {
            Rect at = note.picture();
            g.drawImage(PictureImages.of(picture), (int) Math.round(at.x()), (int) Math.round(at.y()),
                    (int) Math.round(at.width()), (int) Math.round(at.height()), null);
        }
        double baseline = note.textTop() + TextLines.ascent(font);
        baseline = paintLines(g, note.owner(), Palette.MUTED_TEXT, x, baseline);
        paintLines(g, note.lines(), Palette.TEXT, x, baseline);
    }

    /** Draws the lines from {@code baseline} down; returns the baseline of the line after them. */
    private static double paintLines(Graphics2D g, List<String> lines, String color, double x, double baseline) {
        g.setColor(Shapes.color(color));
        for (String line : lines) {
            if (!line.isEmpty()) {
                g.drawString(TextPainter.printable(line), (float) x, (float) baseline);
            }
            baseline += NoteBox.LINE_HEIGHT;
        }
        return baseline;
    }
}
