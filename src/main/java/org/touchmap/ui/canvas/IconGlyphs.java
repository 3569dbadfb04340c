package org.touchmap.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * Icons as plain text glyphs in an Ikonli icon font. An Ikonli {@code FontIcon} per icon is several
 * times slower to create and style than a {@link Text}, which matters with thousands of cards, so
 * icons are looked up once in Ikonli's catalog and drawn as {@code Text}.
 */
final class IconGlyphs {
    private record Glyph(String text, String fontFamily) {
    }

    private static final Map<String, Glyph> GLYPHS = new HashMap<>();
    private static final Map<String, String> LOADED_FONTS = new HashMap<>();

    private IconGlyphs() {
    }

    /** A glyph for an Ikonli literal, e.g. {@code mdi2p-phone}, with the given size in pixels. */
    static Text glyph(String iconLiteral, double size) {
        Glyph glyph = GLYPHS.computeIfAbsent(iconLiteral, IconGlyphs::resolve);
        Text text = new Text(glyph.text());
        text.setFont(Font.font(glyph.fontFamily(), size));
        text.getStyleClass().add("icon-glyph");
        return text;
    }

    private static Glyph resolve(String iconLiteral) {
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class, IconGlyphs.class.getClassLoader())) {
            if (handler.supports(iconLiteral)) {
                Ikon ikon = handler.resolve(iconLiteral);
                return new Glyph(new String(Character.toChars(ikon.getCode())), fontFamily(handler));
            }
        }
        throw new IllegalArgumentException("No icon font has the icon " + iconLiteral);
    }

    /** The family of the handler's font, loading the font the first time it is needed. */
    private static String fontFamily(IkonHandler handler) {
        return LOADED_FONTS.computeIfAbsent(handler.getFontFamily(), family -> {
            if (Font.getFamilies().contains(family)) {
                return family;
            }
            try (InputStream in = handler.getFontResourceAsStream()) {
                Font font = Font.loadFont(in, 16);
                return font == null ? family : font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the icon font " + family, e);
            }
        });
    }
}
