package org.touchmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.Connector;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;
import org.touchmap.model.Note;

/**
 * Draws a whole {@link Picture} onto any {@link Graphics2D}, so PNG, SVG and PDF are one drawing:
 * background, then the grid and its headers, the service blueprint's lines and the steps' links to the cards
 * they support, the notes of notes lanes, the chain arrows, the cards on top, and below the grid the emotion
 * strip and the legend. The caller's transform decides the scale.
 */
final class MapPainter {
    private MapPainter() {
    }

    /** Draws the picture as shapes, for any target: vector pictures keep every shape a shape. */
    static void paint(Graphics2D g, Picture picture) {
        paint(g, picture, CardPainter.shapes(picture.layout().cardAnatomy()));
    }

    /**
     * Draws the picture into pixels: the same drawing, but the parts every card repeats are
     * drawn once per look and stamped (see {@link RasterStamps}).
     */
    static void paintPixels(Graphics2D g, Picture picture) {
        paint(g, picture, CardPainter.stamping(picture.layout().cardAnatomy(),
                new RasterStamps(RasterStamps.DEFAULT_PIXEL_BUDGET)));
    }

    private static void paint(Graphics2D g, Picture picture, CardPainter cards) {
        applyQualityHints(g);
        if (!picture.options().transparentBackground()) {
            g.setColor(Shapes.color(Palette.CANVAS_BACKGROUND));
            g.fill(Shapes.rect(new Rect(0, 0, picture.width(), picture.height())));
        }
        new GridPainter(picture.map(), picture.layout(), picture.messages())
                .paint(g, picture.options().transparentBackground());
        LaneContentPainter.paint(g, picture.map(), picture.layout(), picture.messages());
        BlueprintPainter.paintLines(g, picture.layout(), picture.messages());
        // Under the notes: a link that passes a step of another band on its way is hidden behind it.
        BlueprintPainter.paintLinks(g, picture.layout());
        for (NoteBox note : picture.layout().notes()) {
            NotePainter.paint(g, note, picture.map().findNote(note.noteId()).map(Note::picture).orElse(null));
        }
        for (Connector connector : picture.layout().connectors()) {
            if (picture.drawsArrow(connector)) {
                ConnectorPainter.paint(g, connector);
            }
        }
        for (CardBox box : picture.layout().cards()) {
            cards.paint(g, picture.map().touchpoint(box.touchpointId()), box,
                    picture.focus().fades(box.touchpointId()));
        }
        picture.emotionStrip().ifPresent(strip -> new EmotionStripPainter(picture.messages()).paint(g, strip));
        picture.legend().ifPresent(legend -> LegendPainter.paint(g, legend));
    }

    /** Smooth edges and text, exact glyph advances (the same as measured), and strokes where they are asked for. */
    static void applyQualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
