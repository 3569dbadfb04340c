package org.touchmap.render;

import java.awt.Dimension;
import java.text.NumberFormat;

/**
 * The largest raster picture an export draws. A picture needs four bytes a pixel while it is
 * drawn, so a careless scale on a large map would exhaust memory; such a request is refused
 * before anything is allocated, with a message that says what to do.
 */
final class PixelBudget {
    static final long MAX_PIXELS = 200_000_000L;

    private PixelBudget() {
    }

    /** The pixel size of the picture, or an {@link IllegalArgumentException} if it is too large to draw. */
    static Dimension check(Picture picture) {
        picture.requireDrawable();
        double width = Math.ceil(picture.scaledWidth());
        double height = Math.ceil(picture.scaledHeight());
        long limit = Math.min(MAX_PIXELS, Runtime.getRuntime().maxMemory() / Integer.BYTES / 2);
        if (width * height > limit || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            NumberFormat number = NumberFormat.getIntegerInstance(picture.options().locale());
            throw new IllegalArgumentException(picture.messages().format("error.tooLarge",
                    picture.options().scale(), number.format(width), number.format(height),
                    number.format(limit / 1_000_000)));
        }
        return new Dimension((int) width, (int) height);
    }
}
