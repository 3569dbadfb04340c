package org.touchmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;

/**
 * The map as printed pages: either the whole map shrunk onto one page, or a poster at full size
 * cut into pages the way the PDF poster is (no card split between pages, a glue strip shared by
 * neighbours, cut marks and each page's place in the margin). Pages are measured in points and
 * drawn one at a time, so a large poster never sits in memory whole.
 */
public final class PrintPages {
    /** How the map is put on paper. */
    public enum Fit {
        /** Shrunk, never enlarged, to fit one page. */
        ONE_PAGE,
        /** At full size (a pixel of the map is a point), over as many pages as it takes. */
        POSTER
    }

    /**
     * The part of a page the printer can print on, in points.
     *
     * @param width  printable width
     * @param height printable height
     */
    public record Page(double width, double height) {
        public Page {
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("A page needs a printable area, not " + width + " × " + height);
            }
        }

        boolean landscape() {
            return width > height;
        }
    }

    private final Picture picture;
    private final Fit fit;
    private final Page page;
    private final PosterTiling.Plan plan;

    private PrintPages(Picture picture, Fit fit, Page page) {
        this.picture = picture;
        this.fit = fit;
        this.page = page;
        this.plan = fit == Fit.POSTER ? posterPlan(picture, page) : null;
    }

    /**
     * The pages for {@code map} on paper whose printable area is {@code portrait} upright; the
     * orientation that needs fewer pages is chosen (for one page, the one showing the map larger).
     */
    public static PrintPages of(JourneyMap map, PictureOptions options, Fit fit, Page portrait) {
        Objects.requireNonNull(fit, "fit");
        Picture picture = Picture.of(map, options);
        Page upright = portrait.landscape() ? new Page(portrait.height(), portrait.width()) : portrait;
        PrintPages tall = new PrintPages(picture, fit, upright);
        PrintPages wide = new PrintPages(picture, fit, new Page(upright.height(), upright.width()));
        if (fit == Fit.ONE_PAGE) {
            return wide.shrink() >= tall.shrink() ? wide : tall;
        }
        return wide.count() <= tall.count() ? wide : tall;
    }

    public Fit fit() {
        return fit;
    }

    /** The page these pages are printed on, in the orientation chosen. */
    public Page page() {
        return page;
    }

    public boolean landscape() {
        return page.landscape();
    }

    public int count() {
        return plan == null ? 1 : plan.pageCount();
    }

    /** Draws page {@code index} (from 0) with its origin at the top left of the printable area, in points. */
    public void paint(Graphics2D g, int index) {
        Objects.checkIndex(index, count());
        MapPainter.applyQualityHints(g);
        if (plan == null) {
            paintOnePage(g);
        } else {
            paintPosterPage(g, plan.tiles().get(index));
        }
    }

    /** Page {@code index} as an opaque image, {@code pixelsPerPoint} pixels for each point of paper. */
    public BufferedImage image(int index, double pixelsPerPoint) {
        int width = (int) Math.ceil(page.width() * pixelsPerPoint);
        int height = (int) Math.ceil(page.height() * pixelsPerPoint);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.scale(pixelsPerPoint, pixelsPerPoint);
            paint(g, index);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** How much the map is shrunk on one page: 1 when it fits as it is. */
    public double shrink() {
        return Math.min(1, Math.min(page.width() / picture.scaledWidth(), page.height() / picture.scaledHeight()));
    }

    private void paintOnePage(Graphics2D g) {
        double scale = shrink();
        Graphics2D map = (Graphics2D) g.create();
        try {
            // Centred across the page, at the top, where a reader starts.
            map.translate((page.width() - picture.scaledWidth() * scale) / 2, 0);
            map.scale(scale * picture.options().scale(), scale * picture.options().scale());
            MapPainter.paint(map, picture);
        } finally {
            map.dispose();
        }
    }

    private void paintPosterPage(Graphics2D g, PosterTiling.Tile tile) {
        Rect area = tile.area();
        Rect printed = new Rect(PdfExport.POSTER_MARGIN, PdfExport.POSTER_MARGIN, area.width(), area.height());
        Graphics2D map = (Graphics2D) g.create();
        try {
            map.clip(new Rectangle2D.Double(printed.x(), printed.y(), printed.width(), printed.height()));
            map.translate(printed.x() - area.x(), printed.y() - area.y());
            map.scale(picture.options().scale(), picture.options().scale());
            MapPainter.paint(map, picture);
        } finally {
            map.dispose();
        }
        PosterMarks.paint(g, plan, tile, printed, picture.messages());
    }

    private static PosterTiling.Plan posterPlan(Picture picture, Page page) {
        double scale = picture.options().scale();
        List<Rect> cards = picture.layout().cards().stream().map(card -> new Rect(card.bounds().x() * scale,
                card.bounds().y() * scale, card.bounds().width() * scale, card.bounds().height() * scale)).toList();
        return PosterTiling.plan(picture.scaledWidth(), picture.scaledHeight(), cards, page.width(), page.height(),
                PdfExport.POSTER_MARGIN, PdfExport.POSTER_OVERLAP);
    }
}
