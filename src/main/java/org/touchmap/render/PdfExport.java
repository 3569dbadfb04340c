package org.touchmap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;

/**
 * The map as a PDF: one page the size of the map, or a poster over several A4 or A3 sheets. Text
 * stays text in DejaVu Sans, embedded as a subset, so it can be selected and searched in any
 * language; the drawing is the same as the PNG's and the SVG's. At scale 1 a pixel of the map is
 * a point on paper.
 */
public final class PdfExport {
    /** Margin of a poster sheet, in points: room for the marks and the page label. */
    static final double POSTER_MARGIN = 36;
    /** The strip neighbouring poster pages both show, in points (10 mm). */
    static final double POSTER_OVERLAP = 10 / 25.4 * 72;
    /**
     * The longest page side common PDF readers accept (200 inches); a larger map gets a PDF user
     * unit, so the page keeps its true size in fewer, larger units.
     */
    static final double MAX_PAGE_SIDE = 14_400;
    /** More pages than a wall takes; beyond it a poster is refused rather than filling memory and disk. */
    public static final int MAX_POSTER_PAGES = 400;

    private PdfExport() {
    }

    /**
     * Writes the map on one page as large as the map at the options' scale; the file is replaced
     * only once it is complete.
     */
    public static void write(JourneyMap map, PictureOptions options, Path out) throws IOException {
        Picture picture = Picture.of(map, options).requireDrawable();
        writeOnePage(map, picture, document -> ExportFile.write(out, document::save));
    }

    /** Writes the map on one page, as {@link #write(JourneyMap, PictureOptions, Path)} does, to a stream, which stays open. */
    public static void write(JourneyMap map, PictureOptions options, OutputStream out) throws IOException {
        Picture picture = Picture.of(map, options).requireDrawable();
        writeOnePage(map, picture, document -> document.save(out));
    }

    /** Where a finished document goes. */
    private interface DocumentSink {
        void accept(PDDocument document) throws IOException;
    }

    private static void writeOnePage(JourneyMap map, Picture picture, DocumentSink sink) throws IOException {
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.embedIn(document)) {
            describe(document, map);
            PDFormXObject drawing = draw(document, fonts, picture);
            double longest = Math.max(picture.scaledWidth(), picture.scaledHeight());
            float userUnit = longest > MAX_PAGE_SIDE ? (float) Math.ceil(longest / MAX_PAGE_SIDE) : 1;
            PDPage page = new PDPage(new PDRectangle((float) picture.scaledWidth() / userUnit,
                    (float) picture.scaledHeight() / userUnit));
            if (userUnit > 1) {
                page.setUserUnit(userUnit);
            }
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.transform(Matrix.getScaleInstance(1 / userUnit, 1 / userUnit));
                content.drawForm(drawing);
            }
            sink.accept(document);
        }
    }

    /**
     * Writes the map as a poster: the picture cut into pages of {@code paper}, in the orientation
     * that needs fewer pages, with cut marks, a glue strip shared by neighbouring pages and each
     * page's place in the margin; no card is split between pages unless it is larger than a page.
     */
    public static void writePoster(JourneyMap map, PictureOptions options, PaperSize paper, Path out)
            throws IOException {
        // Counted first from the outline, which is as wide and nearly as high, before any arrow is routed.
        refuseTooManyPages(Picture.outline(map, options).requireDrawable(), paper);
        Picture picture = Picture.of(map, options).requireDrawable();
        refuseTooManyPages(picture, paper);
        PosterTiling.Plan plan = plan(picture, paper);
        if (plan.pageCount() > MAX_POSTER_PAGES) {
            throw new IllegalArgumentException(picture.messages().format("error.tooManyPages",
                    plan.pageCount(), MAX_POSTER_PAGES, paper.name()));
        }
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.embedIn(document)) {
            describe(document, map);
            // The map is drawn once and shown through a window on every page, so the file does not
            // hold the whole drawing once per page.
            PDFormXObject drawing = draw(document, fonts, picture);
            for (PosterTiling.Tile tile : plan.tiles()) {
                addPosterPage(document, fonts, drawing, picture, plan, tile);
            }
            ExportFile.write(out, document::save);
        }
    }

    private static void refuseTooManyPages(Picture picture, PaperSize paper) {
        long atLeast = pagesAtLeast(picture, paper);
        if (atLeast > MAX_POSTER_PAGES) {
            throw new IllegalArgumentException(picture.messages().format("error.tooManyPagesAtLeast",
                    atLeast, MAX_POSTER_PAGES, paper.name()));
        }
    }

    /** How many pages the poster will have (for the export dialog). */
    public static int posterPageCount(JourneyMap map, PictureOptions options, PaperSize paper) {
        Picture picture = Picture.of(map, options);
        long atLeast = pagesAtLeast(picture, paper);
        // Past the limit the pages are only counted, never planned: a far card would need millions of them.
        return atLeast > MAX_POSTER_PAGES ? (int) Math.min(atLeast, Integer.MAX_VALUE) : plan(picture, paper).pageCount();
    }

    private static long pagesAtLeast(Picture picture, PaperSize paper) {
        return PosterTiling.pagesAtLeast(picture.scaledWidth(), picture.scaledHeight(), paper, POSTER_MARGIN);
    }

    static PosterTiling.Plan plan(Picture picture, PaperSize paper) {
        double scale = picture.options().scale();
        List<Rect> cards = picture.layout().cards().stream()
                .map(card -> scaled(card.bounds(), scale)).toList();
        return PosterTiling.plan(picture.scaledWidth(), picture.scaledHeight(), cards, paper, POSTER_MARGIN,
                POSTER_OVERLAP);
    }

    private static Rect scaled(Rect rect, double scale) {
        return new Rect(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale);
    }

    private static void describe(PDDocument document, JourneyMap map) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(map.title());
        information.setCreator("Touchmap");
    }

    /** The whole picture as a reusable form, at the options' scale. */
    private static PDFormXObject draw(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts, Picture picture)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) picture.scaledWidth(),
                (float) picture.scaledHeight());
        try {
            g.setFontTextDrawer(fonts);
            g.scale(picture.options().scale(), picture.options().scale());
            MapPainter.paint(g, picture);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    private static void addPosterPage(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts,
                                      PDFormXObject drawing, Picture picture, PosterTiling.Plan plan,
                                      PosterTiling.Tile tile) throws IOException {
        float pageWidth = (float) plan.pageWidth();
        float pageHeight = (float) plan.pageHeight();
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        document.addPage(page);
        Rect area = tile.area();
        Rect printed = new Rect(POSTER_MARGIN, POSTER_MARGIN, area.width(), area.height());

        PdfBoxGraphics2D marks = new PdfBoxGraphics2D(document, pageWidth, pageHeight);
        try {
            marks.setFontTextDrawer(fonts);
            PosterMarks.paint(marks, plan, tile, printed, picture.messages());
        } finally {
            marks.dispose();
        }

        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            // PDF counts y from the bottom of the page; the picture counts it from its top.
            float windowBottom = (float) (pageHeight - printed.maxY());
            content.addRect((float) printed.x(), windowBottom, (float) printed.width(), (float) printed.height());
            content.clip();
            float dx = (float) (printed.x() - area.x());
            float dy = (float) (pageHeight - printed.y() - (picture.scaledHeight() - area.y()));
            content.transform(Matrix.getTranslateInstance(dx, dy));
            content.drawForm(drawing);
            content.restoreGraphicsState();
            content.drawForm(marks.getXFormObject());
        }
    }
}
