package org.touchmap.render;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class PdfExportTest {
    private static final PictureOptions RUSSIAN = PictureOptions.defaults(Locale.forLanguageTag("ru"));

    @TempDir
    Path folder;

    @Test
    void onePageAsLargeAsTheMapWithTitleAndCyrillicAsText() throws Exception {
        JourneyMap map = SampleMaps.russian();
        Path file = folder.resolve("map.pdf");
        PdfExport.write(map, RUSSIAN, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            var size = PngExport.size(map, RUSSIAN);
            assertEquals(size.width, document.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(size.height, document.getPage(0).getMediaBox().getHeight(), 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(map.title()), text);
            assertTrue(text.contains(map.touchpoint("tp-phone").name().split(" ")[0]), text);
            assertEquals(map.title(), document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aMapWiderThanReadersAcceptGetsAUserUnitAndKeepsItsSize() throws Exception {
        JourneyMap map = SampleMaps.generated(20, 2, 4);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        Path file = folder.resolve("wide.pdf");
        PdfExport.write(map, options, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDPage page = document.getPage(0);
            assertTrue(page.getUserUnit() > 1);
            assertTrue(page.getMediaBox().getWidth() <= PdfExport.MAX_PAGE_SIDE);
            assertEquals(PngExport.size(map, options).width, page.getMediaBox().getWidth() * page.getUserUnit(), 2);
            assertTrue(new PDFTextStripper().getText(document).contains("Touchpoint 159"));
        }
    }

    @Test
    void textIsInEmbeddedDejaVuFaces() throws Exception {
        Path file = folder.resolve("map.pdf");
        PdfExport.write(SampleMaps.english(), RUSSIAN, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Set<String> fonts = new HashSet<>();
            Set<Boolean> embedded = new HashSet<>();
            collectFonts(document.getPage(0).getResources(), fonts, embedded);
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+DejaVuSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+DejaVuSans-Bold")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+DejaVuSans-Oblique")), fonts.toString());
            assertEquals(Set.of(true), embedded);
        }
    }

    @Test
    void aPosterOfMorePagesThanAWallTakesIsRefusedAndWritesNothing() {
        JourneyMap map = SampleMaps.generated(12, 4, 2);
        PictureOptions huge = PictureOptions.defaults(Locale.ENGLISH).withScale(10);
        Path file = folder.resolve("huge.pdf");
        assertTrue(PdfExport.posterPageCount(map, huge, PaperSize.A4) > PdfExport.MAX_POSTER_PAGES);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PdfExport.writePoster(map, huge, PaperSize.A4, file));

        assertTrue(refused.getMessage().contains("Choose a smaller scale"), refused.getMessage());
        assertFalse(java.nio.file.Files.exists(file));
    }

    @Test
    void posterOfALargeMapHasTheCountedPagesOfTheChosenPaper() throws Exception {
        JourneyMap map = SampleMaps.generated(12, 4, 2);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        Path file = folder.resolve("poster.pdf");
        PdfExport.writePoster(map, options, PaperSize.A4, file);
        int expected = PdfExport.posterPageCount(map, options, PaperSize.A4);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertTrue(document.getNumberOfPages() > 1);
            assertEquals(expected, document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                float shorter = Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                float longer = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                assertEquals(PaperSize.A4.width(), shorter, 0.5);
                assertEquals(PaperSize.A4.height(), longer, 0.5);
            }
            String lastPage = text(document, document.getNumberOfPages());
            assertTrue(lastPage.contains("Page " + expected + " of " + expected), lastPage);
        }
    }

    @Test
    void largerPaperNeedsNoMorePages() {
        JourneyMap map = SampleMaps.generated(12, 4, 2);
        PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
        assertTrue(PdfExport.posterPageCount(map, options, PaperSize.A3)
                <= PdfExport.posterPageCount(map, options, PaperSize.A4));
        assertTrue(PdfExport.posterPageCount(map, options.withScale(2), PaperSize.A4)
                > PdfExport.posterPageCount(map, options, PaperSize.A4));
    }

    @Test
    void aSmallMapFitsOnOnePosterPage() {
        JourneyMap map = SampleMaps.generated(2, 1, 1);
        assertEquals(1, PdfExport.posterPageCount(map, PictureOptions.defaults(Locale.ENGLISH).withLegend(false),
                PaperSize.A3));
    }

    @Test
    void noPosterTileCutsACard() {
        for (JourneyMap map : new JourneyMap[] {SampleMaps.english(), SampleMaps.generated(12, 4, 3)}) {
            for (double scale : new double[] {0.75, 1, 2}) {
                Picture picture = Picture.of(map, PictureOptions.defaults(Locale.ENGLISH).withScale(scale));
                PosterTiling.Plan plan = PdfExport.plan(picture, PaperSize.A4);
                for (var card : picture.layout().cards()) {
                    var box = card.bounds();
                    for (PosterTiling.Tile tile : plan.tiles()) {
                        var area = tile.area();
                        assertFalse(cuts(area.x(), box.x() * scale, box.maxX() * scale)
                                        || cuts(area.maxX(), box.x() * scale, box.maxX() * scale)
                                        || cuts(area.y(), box.y() * scale, box.maxY() * scale)
                                        || cuts(area.maxY(), box.y() * scale, box.maxY() * scale),
                                card.touchpointId() + " is cut by page " + tile + " at scale " + scale);
                    }
                }
            }
        }
    }

    @Test
    void posterPageLabelIsInTheOptionsLanguage() throws Exception {
        Path file = folder.resolve("poster.pdf");
        PdfExport.writePoster(SampleMaps.russian(), RUSSIAN, PaperSize.A4, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertTrue(text(document, 1).contains("Лист 1 из " + document.getNumberOfPages()));
        }
    }

    private static boolean cuts(double line, double start, double end) {
        return line > start && line < end;
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Fonts used by the page, also inside the forms it draws. */
    private static void collectFonts(PDResources resources, Set<String> names, Set<Boolean> embedded)
            throws Exception {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            names.add(font.getName());
            embedded.add(font.isEmbedded());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && form.getResources() != null) {
                collectFonts(form.getResources(), names, embedded);
            }
        }
    }
}
