package org.touchmap.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How wide a text is in the regular face of the bundled DejaVu Sans, the font the canvas and every
 * picture draw the map's texts in. The layout measures with it where a text must wrap to the lines
 * it needs, so the canvas, the pictures and presenter mode all get the same lines and the same
 * heights from one place.
 */
public final class BundledFontWidths {
    /** The face the renderer bundles; the layout reads the same file so both measure alike. */
    private static final String REGULAR_FONT = "DejaVuSans.ttf";
    /** Fractional advances and no device transform, as the renderer measures. */
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final Map<Double, Font> SIZES = new ConcurrentHashMap<>();

    private BundledFontWidths() {
    }

    /** Width of the text on one line at the size in pixels. */
    public static double width(String text, double size) {
        Font font = SIZES.computeIfAbsent(size, key -> FontFile.bundled(REGULAR_FONT).deriveFont(key.floatValue()));
        return font.getStringBounds(text, MEASURING).getWidth();
    }

}
