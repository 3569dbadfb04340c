package org.touchmap.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

import org.touchmap.model.JourneyMap;

/**
 * The whole map as an SVG drawing. Text stays text, so it can be searched and edited; it names
 * DejaVu Sans, the face every picture is measured with, and falls back to any sans-serif face.
 * Icons are outlines and need no font.
 */
public final class SvgExport {
    /**
     * Unquoted: JFreeSVG writes styles inside single-quoted attributes and does not escape them,
     * and a family name of plain words needs no quotes in CSS.
     */
    private static final String FONT_FAMILY = RenderFonts.FAMILY + ", sans-serif";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private SvgExport() {
    }

    /**
     * The SVG document of the map at the options' scale.
     *
     * @throws IllegalArgumentException if a chain the options name is not on the map
     */
    public static String svg(JourneyMap map, PictureOptions options) {
        Picture picture = Picture.of(map, options).requireDrawable();
        SVGGraphics2D g = new SVGGraphics2D(picture.scaledWidth(), picture.scaledHeight());
        g.setFontFunction(family -> FONT_FAMILY);
        g.setGeomDoubleConverter(SvgNumbers::hundredths);
        g.setTransformDoubleConverter(SvgNumbers::hundredths);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.scale(options.scale(), options.scale());
        MapPainter.paint(g, picture);
        // Without the SVG 1.0 DOCTYPE that getSVGDocument() adds: SVG no longer needs it, and a
        // careful reader refuses documents that ask it to fetch a DTD.
        ViewBox viewBox = new ViewBox(0, 0, picture.scaledWidth(), picture.scaledHeight());
        return PROLOG + g.getSVGElement(null, true, viewBox, null, null) + "\n";
    }

    /** Writes the SVG document as UTF-8; the file is replaced only once it is complete. */
    public static void write(JourneyMap map, PictureOptions options, Path out) throws IOException {
        byte[] content = svg(map, options).getBytes(StandardCharsets.UTF_8);
        ExportFile.write(out, stream -> stream.write(content));
    }
}
