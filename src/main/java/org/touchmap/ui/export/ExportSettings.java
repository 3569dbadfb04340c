package org.touchmap.ui.export;

import org.touchmap.render.PaperSize;

/**
 * What the person chose in the export dialog.
 *
 * @param format          what to write
 * @param scale           picture scale, 1 = 100 % (96 dpi)
 * @param transparent     PNG only: leave the background transparent
 * @param legend          add the legend of ratings and chains
 * @param onlyChainId     draw only this chain's arrows (the highlighted chain), or {@code null} for all
 * @param emotionChainId  add the emotion strip of this chain, or {@code null}
 * @param poster          PDF only: tile over pages of this size, or {@code null} for one page
 */
public record ExportSettings(ExportFormat format, double scale, boolean transparent, boolean legend,
                             String onlyChainId, String emotionChainId, PaperSize poster) {
}
