package org.touchmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.touchmap.layout.Palette;
import org.touchmap.layout.PersonaBand;
import org.touchmap.layout.PersonaText;
import org.touchmap.layout.Rect;
import org.touchmap.model.Persona;

/**
 * The persona band under the title, as the canvas's persona node draws it: an avatar circle with
 * the initials, the name in bold followed by the demographics, and below them the labelled needs,
 * goals and frustrations in the lines the layout broke them into. Sizes follow canvas.css.
 */
final class PersonaPainter {
    private static final double FRAME_RADIUS = 4;
    /** Opacity of the accent colour filling the avatar, as {@code .persona-avatar} in canvas.css. */
    private static final double AVATAR_OPACITY = 0.14;
    private static final float INITIALS_SIZE = 15;
    private static final float NAME_SIZE = 14;
    private static final float DEMOGRAPHICS_SIZE = 13;
    private static final float DETAIL_SIZE = (float) PersonaBand.DETAIL_FONT_SIZE;
    /** Space between a label and its text, and between the name and the demographics. */
    private static final double LABEL_SPACING = 4;
    private static final double NAME_SPACING = 8;

    private final RenderMessages messages;

    PersonaPainter(RenderMessages messages) {
        this.messages = messages;
    }

    void paint(Graphics2D g, Persona persona, PersonaBand band) {
        g.setColor(Shapes.color(Palette.LANE_HEADER_FILL));
        g.fill(Shapes.roundRect(band.frame(), FRAME_RADIUS));
        paintAvatar(g, persona, band.avatar());
        runs(g, band.headline(), NAME_SPACING,
                new Run(PersonaText.oneLine(persona.name()), RenderFonts.bold(NAME_SIZE), Shapes.color(Palette.TEXT)),
                new Run(PersonaText.oneLine(persona.demographics()), RenderFonts.regular(DEMOGRAPHICS_SIZE),
                        Shapes.color(Palette.MUTED_TEXT)));
        for (PersonaBand.DetailBox detail : band.details()) {
            runs(g, detail.labelBox(), LABEL_SPACING, new Run(messages.get("persona." + detail.detail().key()),
                    RenderFonts.bold(DETAIL_SIZE), Shapes.color(Palette.TEXT)));
            for (int i = 0; i < detail.lines().size(); i++) {
                runs(g, detail.lineBox(i), LABEL_SPACING, new Run(detail.lines().get(i),
                        RenderFonts.regular(DETAIL_SIZE), Shapes.color(Palette.MUTED_TEXT)));
            }
        }
    }

    private static void paintAvatar(Graphics2D g, Persona persona, Rect avatar) {
        g.setColor(Shapes.color(Palette.SELECTION, AVATAR_OPACITY));
        g.fill(new Ellipse2D.Double(avatar.x(), avatar.y(), avatar.width(), avatar.height()));
        TextPainter.line(g, PersonaText.initials(persona.name()), RenderFonts.bold(INITIALS_SIZE),
                Shapes.color(Palette.SELECTION), avatar, TextPainter.Align.CENTER);
    }

    /** A piece of a line in its own font and colour. */
    private record Run(String text, Font font, Color color) {
    }

    /**
     * Pieces side by side on one baseline, the first piece's font centred in the box; a piece that
     * does not fit is cut with an ellipsis and ends the line.
     */
    private static void runs(Graphics2D g, Rect box, double spacing, Run... runs) {
        Font first = runs[0].font();
        double baseline = box.centerY() - TextLines.lineHeight(first) / 2 + TextLines.ascent(first);
        double x = box.x();
        for (Run run : List.of(runs)) {
            double room = box.maxX() - x;
            if (run.text().isEmpty()) {
                continue;
            }
            if (room <= 0) {
                return;
            }
            String shown = TextLines.singleLine(run.text(), run.font(), room);
            g.setFont(run.font());
            g.setColor(run.color());
            g.drawString(TextPainter.printable(shown), (float) x, (float) baseline);
            if (!shown.equals(run.text())) {
                return;
            }
            x += TextLines.width(shown, run.font()) + spacing;
        }
    }
}
