package org.touchmap.render;

import java.util.Locale;
import java.util.Objects;

/**
 * How a map is drawn as a picture (PNG, SVG, PDF or poster).
 *
 * @param scale                 size factor: 1 = 100 % (96 dpi on screen, one point per pixel on paper)
 * @param transparentBackground whether the picture leaves its background empty instead of white
 * @param legend                whether a legend of the rating colours and chains goes below the grid
 * @param onlyChainId           the one chain whose arrows are drawn, the cards outside it faded;
 *                              {@code null} draws every chain
 * @param emotionChainId        the chain whose emotion curve is drawn in a strip below the grid;
 *                              {@code null} draws no strip
 * @param locale                language of the legend and the poster's page labels
 */
public record PictureOptions(double scale, boolean transparentBackground, boolean legend,
                             String onlyChainId, String emotionChainId, Locale locale) {
    /** Pixels per inch of a picture at scale 1, as on a screen at 100 %. */
    public static final int BASE_DPI = 96;

    public PictureOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("The scale must be a positive number: " + scale);
        }
        Objects.requireNonNull(locale, "locale");
    }

    /** Scale 1, white background, legend on, all chains, no emotion strip. */
    public static PictureOptions defaults(Locale locale) {
        return new PictureOptions(1, false, true, null, null, locale);
    }

    /** The scale that gives a picture of {@code dpi} pixels per inch. */
    public static double scaleForDpi(int dpi) {
        return dpi / (double) BASE_DPI;
    }

    public PictureOptions withScale(double scale) {
        return new PictureOptions(scale, transparentBackground, legend, onlyChainId, emotionChainId, locale);
    }

    public PictureOptions withLegend(boolean legend) {
        return new PictureOptions(scale, transparentBackground, legend, onlyChainId, emotionChainId, locale);
    }

    public PictureOptions withTransparentBackground(boolean transparent) {
        return new PictureOptions(scale, transparent, legend, onlyChainId, emotionChainId, locale);
    }

    public PictureOptions withOnlyChain(String chainId) {
        return new PictureOptions(scale, transparentBackground, legend, chainId, emotionChainId, locale);
    }

    public PictureOptions withEmotionChain(String chainId) {
        return new PictureOptions(scale, transparentBackground, legend, onlyChainId, chainId, locale);
    }

    /** Pixels per inch of a PNG drawn with these options. */
    public double dpi() {
        return BASE_DPI * scale;
    }
}
