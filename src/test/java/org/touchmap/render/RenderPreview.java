package org.touchmap.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.touchmap.model.JourneyMap;

/**
 * Writes every kind of export of the samples into a folder, to look at them by eye.
 * Argument: the folder (default {@code /tmp/render-out}).
 */
public final class RenderPreview {
    private RenderPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/render-out");
        Files.createDirectories(folder);
        write(SampleMaps.english(), Locale.ENGLISH, folder.resolve("clinic-en"));
        write(SampleMaps.russian(), Locale.forLanguageTag("ru"), folder.resolve("clinic-ru"));
        JourneyMap serbian = SampleMaps.sample("medical-clinic.sr.cjm");
        PngExport.write(serbian, PictureOptions.defaults(Locale.forLanguageTag("sr")), folder.resolve("clinic-sr.png"));
        JourneyMap large = SampleMaps.generated(12, 3, 2);
        PdfExport.writePoster(large, PictureOptions.defaults(Locale.ENGLISH), PaperSize.A4,
                folder.resolve("large-poster-a4.pdf"));
        PngExport.write(large, PictureOptions.defaults(Locale.ENGLISH).withScale(0.5), folder.resolve("large.png"));
    }

    private static void write(JourneyMap map, Locale locale, Path base) throws IOException {
        PictureOptions options = PictureOptions.defaults(locale);
        String firstChain = map.chains().get(0).id();
        PngExport.write(map, options, sibling(base, ".png"));
        PngExport.write(map, options.withScale(2), sibling(base, "@2x.png"));
        PngExport.write(map, options.withOnlyChain(firstChain).withEmotionChain(firstChain),
                sibling(base, "-chain.png"));
        PngExport.write(map, options.withLegend(false).withTransparentBackground(true),
                sibling(base, "-plain.png"));
        SvgExport.write(map, options.withEmotionChain(firstChain), sibling(base, ".svg"));
        SvgExport.write(map, options.withOnlyChain(firstChain), sibling(base, "-chain.svg"));
        PdfExport.write(map, options.withOnlyChain(firstChain), sibling(base, "-chain.pdf"));
        PdfExport.write(map, options.withEmotionChain(firstChain), sibling(base, ".pdf"));
        PdfExport.writePoster(map, options, PaperSize.A4, sibling(base, "-poster-a4.pdf"));
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
