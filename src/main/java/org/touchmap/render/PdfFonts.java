package org.touchmap.render;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Embeds the DejaVu faces in a PDF (as subsets of the glyphs used) and tells the drawing which
 * face stands for which Java font, so text in the PDF is text: selectable, searchable, and
 * Cyrillic copies out as Cyrillic.
 */
final class PdfFonts {
    private PdfFonts() {
    }

    /** A text drawer for one document with the three faces loaded into it. */
    static PdfBoxGraphics2DFontTextDrawer embedIn(PDDocument document) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        register(drawer, document, RenderFonts.regular(12).getFontName(), RenderFonts.REGULAR_FILE);
        register(drawer, document, RenderFonts.bold(12).getFontName(), RenderFonts.BOLD_FILE);
        register(drawer, document, RenderFonts.italic(12).getFontName(), RenderFonts.OBLIQUE_FILE);
        return drawer;
    }

    private static void register(PdfBoxGraphics2DFontTextDrawer drawer, PDDocument document, String javaFontName,
                                 String fileName) throws IOException {
        try (InputStream in = RenderFonts.openFile(fileName)) {
            drawer.registerFont(javaFontName, PDType0Font.load(document, in, true));
        }
    }
}
