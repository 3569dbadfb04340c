package org.touchmap.render;

import org.touchmap.layout.FontFile;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import org.kordamp.ikonli.IkonHandler;

import org.touchmap.layout.Rect;

/**
 * Icons of Ikonli's icon packs as outlines. An outline is a plain filled shape, so SVG and PDF
 * show the icon without having the icon font. Icons are looked up through Ikonli's plain-Java core
 * (its JavaFX part stays in the UI).
 */
final class IconShapes {
    /** An icon's character and the icon font that holds it. */
    private record Glyph(String text, Font font) {
    }

    private static final Map<String, Glyph> GLYPHS = new ConcurrentHashMap<>();
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private IconShapes() {
    }

    /**
     * The outline of an icon (e.g. {@code mdi2p-phone}) sized to the slot's height and centred in
     * the slot the way the canvas centres its icon glyphs: by advance width and line height.
     */
    static Shape icon(String iconLiteral, Rect slot) {
        Glyph glyph = GLYPHS.computeIfAbsent(iconLiteral, IconShapes::resolve);
        Font font = glyph.font().deriveFont((float) slot.height());
        GlyphVector vector = font.createGlyphVector(RenderFonts.MEASURING, glyph.text());
        LineMetrics line = font.getLineMetrics(glyph.text(), RenderFonts.MEASURING);
        double width = vector.getLogicalBounds().getWidth();
        double height = line.getAscent() + line.getDescent();
        float x = (float) (slot.centerX() - width / 2);
        float baseline = (float) (slot.centerY() - height / 2 + line.getAscent());
        return vector.getOutline(x, baseline);
    }

    private static Glyph resolve(String iconLiteral) {
        IkonHandler handler = handlerFor(iconLiteral);
        if (handler == null) {
            throw new IllegalArgumentException("No icon pack has the icon " + iconLiteral);
        }
        int code = handler.resolve(iconLiteral).getCode();
        return new Glyph(new String(Character.toChars(code)), FONTS.computeIfAbsent(handler.getFontFamily(),
                family -> loadFont(handler)));
    }

    private static IkonHandler handlerFor(String iconLiteral) {
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class, IconShapes.class.getClassLoader())) {
            if (handler.supports(iconLiteral)) {
                return handler;
            }
        }
        return null;
    }

    private static Font loadFont(IkonHandler handler) {
        return FontFile.open(handler.getFontFamily().replaceAll("[^A-Za-z0-9-]", "_") + ".ttf", () -> {
            InputStream in = handler.getFontResourceAsStream();
            if (in == null) {
                throw new IOException("the icon font " + handler.getFontFamily() + " is missing");
            }
            return in;
        });
    }
}
