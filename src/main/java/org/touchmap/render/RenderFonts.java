package org.touchmap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.FontFile;

/**
 * The bundled DejaVu Sans faces every picture is drawn with, so an export looks the same on any
 * machine whatever fonts it has, and Cyrillic always has glyphs. Sizes follow the canvas's
 * stylesheet.
 */
final class RenderFonts {
    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR_FILE = "DejaVuSans.ttf";
    static final String BOLD_FILE = "DejaVuSans-Bold.ttf";
    static final String OBLIQUE_FILE = "DejaVuSans-Oblique.ttf";

    static final float TITLE_SIZE = 20;
    static final float STAGE_NAME_SIZE = 13;
    static final float QUESTION_SIZE = 11;
    static final float LANE_SIZE = 13;
    static final float PHASE_SIZE = 12;
    static final float CARD_NAME_SIZE = (float) CardAnatomy.NAME_FONT_SIZE;
    static final float CARD_NAME_SMALLER_SIZE = (float) CardAnatomy.NAME_SMALLER_FONT_SIZE;
    static final float LEGEND_SIZE = 12;
    static final float SMALL_SIZE = 10;

    /**
     * Text is measured with fractional advances and no device transform, so the same line breaks
     * come out whether the picture becomes pixels, SVG or PDF, at any scale.
     */
    static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    /** Each face is opened on first use, not when the class loads, so a failure is a message and not a broken class. */
    private static final Map<String, Font> FACES = new ConcurrentHashMap<>();

    /**
     * Fonts are immutable and a picture asks for the same few sizes thousands of times, so each
     * size is derived once; a font used again also finds its measurements cached.
     */
    private static final Map<Float, Font> REGULAR_SIZES = new ConcurrentHashMap<>();
    private static final Map<Float, Font> BOLD_SIZES = new ConcurrentHashMap<>();
    private static final Map<Float, Font> OBLIQUE_SIZES = new ConcurrentHashMap<>();

    private RenderFonts() {
    }

    static Font regular(float size) {
        return REGULAR_SIZES.computeIfAbsent(size, face(REGULAR_FILE, Font.PLAIN)::deriveFont);
    }

    static Font bold(float size) {
        return BOLD_SIZES.computeIfAbsent(size, face(BOLD_FILE, Font.BOLD)::deriveFont);
    }

    static Font italic(float size) {
        return OBLIQUE_SIZES.computeIfAbsent(size, face(OBLIQUE_FILE, Font.ITALIC)::deriveFont);
    }

    /** The font file of a face, for exports that embed it (PDF). */
    static InputStream openFile(String fileName) {
        InputStream in = RenderFonts.class.getResourceAsStream("fonts/" + fileName);
        if (in == null) {
            throw new IllegalStateException("The font " + fileName + " is missing from the application");
        }
        return in;
    }

    /**
     * The face's own file already is bold or oblique; the style flag only tells SVG and PDF which
     * face it is, and Java does not embolden a face that is bold by itself.
     */
    private static Font face(String fileName, int style) {
        return FACES.computeIfAbsent(fileName,
                name -> FontFile.bundled(name).deriveFont(style, 12f));
    }
}
