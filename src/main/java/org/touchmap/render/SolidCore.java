package org.touchmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest rectangle of one opaque colour inside a stamp, such as the white middle of a card.
 * Copying a picture's pixels blends each one with what lies below, which costs several times as
 * much as filling a rectangle with one opaque colour, whose pixels simply replace what lies
 * below; so a stamp with a solid core is drawn as that fill plus the pieces around it.
 */
final class SolidCore {
    /** A core smaller than this many pixels saves less than the extra drawing calls cost. */
    static final int MIN_AREA = 1024;

    private SolidCore() {
    }

    /**
     * The largest rectangle whose pixels all have the opaque colour of the image's middle pixel,
     * or null when the middle is not opaque.
     */
    static Rectangle find(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int colour = image.getRGB(width / 2, height / 2);
        if (colour >>> 24 != 0xff) {
            return null;
        }
        int[] run = new int[width];
        Rectangle best = null;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                run[x] = row[x] == colour ? run[x] + 1 : 0;
            }
            best = largestUnderHistogram(run, y, best);
        }
        return best;
    }

    /** The classic stack walk over the column heights of same-coloured pixels ending at row {@code y}. */
    private static Rectangle largestUnderHistogram(int[] heights, int y, Rectangle best) {
        int[] starts = new int[heights.length + 1];
        int[] stackHeights = new int[heights.length + 1];
        int depth = 0;
        long bestArea = best == null ? 0 : (long) best.width * best.height;
        for (int x = 0; x <= heights.length; x++) {
            int h = x < heights.length ? heights[x] : 0;
            int start = x;
            while (depth > 0 && stackHeights[depth - 1] >= h) {
                depth--;
                long area = (long) stackHeights[depth] * (x - starts[depth]);
                if (area > bestArea) {
                    bestArea = area;
                    best = new Rectangle(starts[depth], y - stackHeights[depth] + 1, x - starts[depth],
                            stackHeights[depth]);
                }
                start = starts[depth];
            }
            starts[depth] = start;
            stackHeights[depth] = h;
            depth++;
        }
        return best;
    }

    /** A stamp ready to draw: its solid core as a fill, if it has one worth it, and the rest as images. */
    static final class Pieces {
        private record Piece(BufferedImage image, int x, int y) {
        }

        private final int left;
        private final int top;
        private final Rectangle core;
        private final Color coreColour;
        private final List<Piece> pieces;

        private Pieces(int left, int top, Rectangle core, Color coreColour, List<Piece> pieces) {
            this.left = left;
            this.top = top;
            this.core = core;
            this.coreColour = coreColour;
            this.pieces = pieces;
        }

        /** The image split around its core; {@code left}, {@code top} is where its corner goes relative to the part's pixel. */
        static Pieces of(BufferedImage image, int left, int top) {
            Rectangle core = find(image);
            List<Piece> pieces = new ArrayList<>();
            if (core == null || (long) core.width * core.height < MIN_AREA) {
                addTrimmed(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()), pieces);
                return new Pieces(left, top, null, null, List.copyOf(pieces));
            }
            int width = image.getWidth();
            int height = image.getHeight();
            addTrimmed(image, new Rectangle(0, 0, width, core.y), pieces);
            addTrimmed(image, new Rectangle(0, core.y, core.x, core.height), pieces);
            addTrimmed(image, new Rectangle(core.x + core.width, core.y, width - core.x - core.width, core.height),
                    pieces);
            addTrimmed(image, new Rectangle(0, core.y + core.height, width, height - core.y - core.height), pieces);
            Color colour = new Color(image.getRGB(core.x, core.y), true);
            return new Pieces(left, top, core, colour, List.copyOf(pieces));
        }

        /** Draws the stamp with its corner at ({@code pixelX + left}, {@code pixelY + top}) in device pixels. */
        void draw(Graphics2D g, int pixelX, int pixelY) {
            int x = pixelX + left;
            int y = pixelY + top;
            if (core != null) {
                Color before = g.getColor();
                g.setColor(coreColour);
                g.fillRect(x + core.x, y + core.y, core.width, core.height);
                g.setColor(before);
            }
            for (Piece piece : pieces) {
                g.drawImage(piece.image(), x + piece.x(), y + piece.y(), null);
            }
        }

        /** The area of the image without its fully transparent rows and columns, which need no copying. */
        private static void addTrimmed(BufferedImage image, Rectangle area, List<Piece> pieces) {
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            for (int y = area.y; y < area.y + area.height; y++) {
                for (int x = area.x; x < area.x + area.width; x++) {
                    if (image.getRGB(x, y) >>> 24 != 0) {
                        minX = Math.min(minX, x);
                        minY = Math.min(minY, y);
                        maxX = Math.max(maxX, x);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            if (maxX >= 0) {
                pieces.add(new Piece(image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1), minX, minY));
            }
        }
    }
}
