package org.touchmap.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.touchmap.layout.Rect;

/**
 * Cuts a picture into pages for a poster. Neighbouring pages overlap by a strip, so the sheets can
 * be glued, and every page edge is moved back (left or up) to just before a card it would cut, so
 * no page shows part of a card; only a card longer than a page can still be cut. Page edges run
 * through the whole picture, so this holds for every card, whatever page it is on. The
 * orientation that needs fewer pages wins.
 */
final class PosterTiling {
    /** Free space kept between a cut line and a card, so its shadow and outline stay with it. */
    static final double CARD_CLEARANCE = 4;

    /** A stretch along one axis, from {@code start} to {@code end}. */
    record Span(double start, double end) {
        double length() {
            return end - start;
        }

        /** Whether {@code position} lies strictly inside, so a cut there would split the span. */
        boolean cutBy(double position) {
            return position > start && position < end;
        }
    }

    /**
     * One page of the poster.
     *
     * @param row    row of the page, from 0 at the top
     * @param column column of the page, from 0 on the left
     * @param area   the part of the picture the page shows, in picture coordinates
     */
    record Tile(int row, int column, Rect area) {
    }

    /**
     * How the poster is printed.
     *
     * @param pageWidth  width of each sheet as printed, in points (landscape when wider than high)
     * @param pageHeight height of each sheet as printed, in points
     * @param rows       rows of pages
     * @param columns    columns of pages
     * @param tiles      the pages, row by row
     */
    record Plan(double pageWidth, double pageHeight, int rows, int columns, List<Tile> tiles) {
        Plan {
            tiles = List.copyOf(tiles);
        }

        int pageCount() {
            return tiles.size();
        }

        boolean landscape() {
            return pageWidth > pageHeight;
        }
    }

    private PosterTiling() {
    }

    /**
     * The pages for a picture of the given size whose {@code cards} (in picture coordinates) are
     * not to be cut, on sheets of {@code paper} with a {@code margin} on every side and
     * neighbouring pages overlapping by at least {@code overlap}.
     */
    /**
     * The fewest pages any plan can have, counted without planning them: each page shows at most
     * its printable area. Pages cut around cards and overlapping only add to it.
     */
    static long pagesAtLeast(double width, double height, PaperSize paper, double margin) {
        double portrait = pagesAtLeast(width, height, paper.width() - 2 * margin, paper.height() - 2 * margin);
        double landscape = pagesAtLeast(width, height, paper.height() - 2 * margin, paper.width() - 2 * margin);
        double fewest = Math.min(portrait, landscape);
        return fewest >= Long.MAX_VALUE || Double.isNaN(fewest) ? Long.MAX_VALUE : (long) fewest;
    }

    private static double pagesAtLeast(double width, double height, double printableWidth, double printableHeight) {
        return Math.max(1, Math.ceil(width / printableWidth)) * Math.max(1, Math.ceil(height / printableHeight));
    }

    static Plan plan(double width, double height, Collection<Rect> cards, PaperSize paper, double margin,
                     double overlap) {
        Plan portrait = plan(width, height, cards, paper.width(), paper.height(), margin, overlap);
        Plan landscape = plan(width, height, cards, paper.height(), paper.width(), margin, overlap);
        if (portrait.pageCount() != landscape.pageCount()) {
            return portrait.pageCount() < landscape.pageCount() ? portrait : landscape;
        }
        return width > height ? landscape : portrait;
    }

    static Plan plan(double width, double height, Collection<Rect> cards, double pageWidth,
                             double pageHeight, double margin, double overlap) {
        List<Span> columns = spans(width, pageWidth - 2 * margin, overlap,
                cards.stream().map(card -> new Span(card.x(), card.maxX())).toList());
        List<Span> rows = spans(height, pageHeight - 2 * margin, overlap,
                cards.stream().map(card -> new Span(card.y(), card.maxY())).toList());
        List<Tile> tiles = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Span x = columns.get(c);
                Span y = rows.get(r);
                tiles.add(new Tile(r, c, new Rect(x.start(), y.start(), x.length(), y.length())));
            }
        }
        return new Plan(pageWidth, pageHeight, rows.size(), columns.size(), tiles);
    }

    /**
     * Cuts {@code [0, length]} into spans no longer than {@code page}, with no span edge inside a
     * {@code keepWhole} span (grown by {@link #CARD_CLEARANCE}) unless that span is too long for
     * any page. Each span overlaps the one before by {@code overlap}, or by less where cards sit so
     * close together that the full overlap would leave the next page no place to end.
     */
    static List<Span> spans(double length, double page, double overlap, Collection<Span> keepWhole) {
        if (!(page > overlap) || overlap < 0) {
            throw new IllegalArgumentException("A page of " + page + " cannot overlap its neighbour by " + overlap);
        }
        List<Span> blocked = keepWhole.stream()
                .map(span -> new Span(span.start() - CARD_CLEARANCE, span.end() + CARD_CLEARANCE)).toList();
        List<Span> spans = new ArrayList<>();
        double start = 0;
        double previousEnd = 0;
        while (start + page < length) {
            double end = freeAtOrBefore(start + page, Math.max(previousEnd, start), blocked);
            if (Double.isNaN(end)) {
                end = start + page;
            }
            spans.add(new Span(start, end));
            start = nextStart(start, end, length, page, overlap, blocked);
            previousEnd = end;
        }
        spans.add(new Span(start, length));
        return spans;
    }

    /**
     * Where the page after {@code [start, end]} begins: {@code overlap} before {@code end}, moved
     * back before a card there; if the page beginning there could not reach past {@code end}
     * without cutting a card, as late inside the overlap as no card is cut, giving up overlap
     * rather than a whole card.
     */
    private static double nextStart(double start, double end, double length, double page, double overlap,
                                    List<Span> blocked) {
        double full = freeAtOrBefore(end - overlap, start, blocked);
        if (!Double.isNaN(full) && reachesBeyond(full, end, length, page, blocked)) {
            return full;
        }
        double shorter = freeAtOrAfter(Math.max(end - overlap, start), end, blocked);
        if (!Double.isNaN(shorter) && shorter > start) {
            return shorter;
        }
        double cut = Double.isNaN(full) ? end - overlap : full;
        // Every page must begin after the one before, or the poster would never end.
        return cut > start ? cut : end;
    }

    /** Whether a page starting at {@code start} can end after {@code end} without cutting a card. */
    private static boolean reachesBeyond(double start, double end, double length, double page, List<Span> blocked) {
        return start + page >= length || !Double.isNaN(freeAtOrBefore(start + page, end, blocked));
    }

    /**
     * The last position at or before {@code position} and after {@code floor} that cuts no
     * blocked span, or NaN if there is none there (a card too long for a page).
     */
    private static double freeAtOrBefore(double position, double floor, List<Span> blocked) {
        double cut = position;
        boolean moved = true;
        while (moved && cut > floor) {
            moved = false;
            for (Span span : blocked) {
                if (span.cutBy(cut)) {
                    cut = span.start();
                    moved = true;
                }
            }
        }
        return cut > floor ? cut : Double.NaN;
    }

    /** The first position at or after {@code position} and at most {@code limit} that cuts no blocked span, or NaN. */
    private static double freeAtOrAfter(double position, double limit, List<Span> blocked) {
        double cut = position;
        boolean moved = true;
        while (moved && cut <= limit) {
            moved = false;
            for (Span span : blocked) {
                if (span.cutBy(cut)) {
                    cut = span.end();
                    moved = true;
                }
            }
        }
        return cut <= limit ? cut : Double.NaN;
    }
}
