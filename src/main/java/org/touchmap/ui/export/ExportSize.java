package org.touchmap.ui.export;

import org.touchmap.model.JourneyMap;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.ui.i18n.Messages;

import java.awt.Dimension;
import java.util.Locale;

/** Tells, before exporting, how big the result will be: pixels of a picture, pages of a poster. */
final class ExportSize {
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

    String describe(JourneyMap map, ExportSettings settings) {
        try {
            return switch (settings.format()) {
                case XLSX -> Messages.get("export.size.workbook", map.touchpoints().size());
                case PNG -> pixels(map, settings);
                case SVG -> Messages.get("export.size.vector");
                case PDF -> settings.poster() == null
                        ? Messages.get("export.size.vector")
                        : Messages.get("export.size.poster",
                        PdfExport.posterPageCount(map, options(settings), settings.poster()), settings.poster().name());
            };
        } catch (IllegalArgumentException e) {
            return Messages.get("export.size.tooLarge");
        }
    }

    private String pixels(JourneyMap map, ExportSettings settings) {
        Dimension size = PngExport.size(map, options(settings));
        return Messages.get("export.size.pixels", size.width, size.height);
    }
}
