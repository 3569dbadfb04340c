package org.touchmap.ui.export;

import org.touchmap.model.JourneyMap;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.ui.i18n.Messages;

import java.awt.Dimension;
import java.util.Locale;

/** Tells, before exporting, how big the result will be (pixels of a picture, pages of a poster) and whether it can be made. */
final class ExportSize {
    /** What the dialog shows under the options, and whether Export may be pressed. */
    record Estimate(String text, boolean feasible) {
    }

    private final Locale locale;

    ExportSize(Locale locale) {
        this.locale = locale;
    }

    /** The picture options of the renderer for what the person chose. */
    PictureOptions options(ExportSettings settings) {
        return PictureOptions.defaults(locale)
                .withScale(settings.scale())
                .withTransparentBackground(settings.transparent())
                .withLegend(settings.legend())
                .withOnlyChain(settings.onlyChainId())
                .withEmotionChain(settings.emotionChainId());
    }

    Estimate estimate(JourneyMap map, ExportSettings settings) {
        try {
            return switch (settings.format()) {
                case XLSX -> new Estimate(Messages.get("export.size.workbook", map.touchpoints().size()), true);
                case PNG -> pixels(map, settings);
                case SVG -> new Estimate(Messages.get("export.size.vector"), true);
                case PDF -> settings.poster() == null
                        ? new Estimate(Messages.get("export.size.vector"), true)
                        : pages(map, settings);
            };
        } catch (IllegalArgumentException e) {
            // The renderer's own words, already in the interface's language.
            return new Estimate(e.getMessage(), false);
        }
    }

    private Estimate pixels(JourneyMap map, ExportSettings settings) {
        Dimension size = PngExport.checkedSize(map, options(settings));
        return new Estimate(Messages.get("export.size.pixels", size.width, size.height), true);
    }

    private Estimate pages(JourneyMap map, ExportSettings settings) {
        int pages = PdfExport.posterPageCount(map, options(settings), settings.poster());
        String paper = settings.poster().name();
        if (pages > PdfExport.MAX_POSTER_PAGES) {
            return new Estimate(Messages.get("export.size.tooManyPages", pages, paper, PdfExport.MAX_POSTER_PAGES), false);
        }
        return new Estimate(Messages.get("export.size.poster", pages, paper), true);
    }
}
