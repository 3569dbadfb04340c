package org.touchmap.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Small parts that repeat all over a raster picture (a card's box, an icon), each drawn once per
 * look into an image of its own and then copied pixel for pixel wherever it appears. Filling and
 * stroking antialiased shapes costs far more than copying pixels, and a large map repeats a few
 * dozen looks thousands of times.
 *
 * <p>A stamp is only used where copying gives the pixels drawing would: the picture's transform
 * only scales and moves, and the stamp was drawn at the same fraction of a pixel the part lands
 * on. Vector pictures (SVG, PDF) must never be drawn through stamps; they would hold images
 * instead of shapes. One set of stamps serves one picture; the pixel budget bounds its memory
 * at odd scales, where parts land on many different fractions of a pixel, and beyond it parts
 * are drawn as shapes again.
 */
final class RasterStamps {
    /** Pixels all stamps of one picture may hold together: 32 MB. */
    static final long DEFAULT_PIXEL_BUDGET = 8_000_000;

    /**
     * Placements one part keeps stamps for. Cards placed freely (no grid snapping) or a picture at
     * an odd scale land on a new fraction of a pixel nearly every time, and a stamp used once costs
     * more than drawing the part; past this many the part is drawn as shapes where it lands anew.
     */
    static final int MAX_PLACEMENTS = 16;

    /** Device pixels around a part's bounds, for antialiased edges that spill over them. */
    private static final int MARGIN = 1;

    /** What a part looks like: it paints the same pixels wherever it is drawn. */
    interface Look {
        /** Where the part paints, relative to its reference point, in the picture's units. */
        Rectangle2D bounds();

        /** Paints the part with its reference point at the origin. */
        void paint(Graphics2D g);
    }

    /** Where a part lands: the picture's scale and the fraction of a device pixel its reference point falls on. */
    private record Placement(double fractionX, double fractionY, double scaleX, double scaleY) {
    }

    private static final SolidCore.Pieces PAINT_INSTEAD = SolidCore.Pieces.of(new BufferedImage(1, 1,
            BufferedImage.TYPE_INT_ARGB), 0, 0);

    private long pixelsLeft;
    private int stampCount;

    RasterStamps(long pixelBudget) {
        this.pixelsLeft = pixelBudget;
    }

    /** A part of this look, to draw as often as needed; keep it, so its stamps are found without a look-up. */
    Part part(Look look) {
        return new Part(look);
    }

    /** How many stamps were drawn so far, for tests. */
    int stampCount() {
        return stampCount;
    }

    /** One look and its stamps, one per placement it has been drawn at. */
    final class Part {
        private final Look look;
        private final Map<Placement, SolidCore.Pieces> stamps = new HashMap<>();
        private Placement lastPlacement;
        private SolidCore.Pieces lastStamp;

        private Part(Look look) {
            this.look = look;
        }

        /**
         * Draws the part with its reference point at ({@code x}, {@code y}) of the picture, with
         * the graphics' composite: copied from its stamp where that gives the same pixels, else
         * painted.
         */
        void draw(Graphics2D g, double x, double y) {
            AffineTransform userToDevice = g.getTransform();
            if (!onlyScalesAndMoves(userToDevice)) {
                paintInPlace(g, x, y);
                return;
            }
            double deviceX = userToDevice.getScaleX() * x + userToDevice.getTranslateX();
            double deviceY = userToDevice.getScaleY() * y + userToDevice.getTranslateY();
            double pixelX = Math.floor(deviceX);
            double pixelY = Math.floor(deviceY);
            SolidCore.Pieces stamp = stampAt(new Placement(deviceX - pixelX, deviceY - pixelY,
                    userToDevice.getScaleX(), userToDevice.getScaleY()));
            if (stamp == PAINT_INSTEAD) {
                paintInPlace(g, x, y);
                return;
            }
            if (userToDevice.isIdentity()) {
                stamp.draw(g, (int) pixelX, (int) pixelY);
            } else {
                // Copied in device pixels: through the picture's scale the image would be resampled.
                g.setTransform(new AffineTransform());
                try {
                    stamp.draw(g, (int) pixelX, (int) pixelY);
                } finally {
                    g.setTransform(userToDevice);
                }
            }
        }

        private SolidCore.Pieces stampAt(Placement placement) {
            // Parts mostly land on one placement, so the last one is checked before the map.
            if (!placement.equals(lastPlacement)) {
                SolidCore.Pieces stamp = stamps.get(placement);
                if (stamp == null) {
                    if (stamps.size() >= MAX_PLACEMENTS) {
                        return PAINT_INSTEAD;
                    }
                    stamp = drawStamp(placement);
                    stamps.put(placement, stamp);
                }
                lastStamp = stamp;
                lastPlacement = placement;
            }
            return lastStamp;
        }

        private void paintInPlace(Graphics2D g, double x, double y) {
            Graphics2D moved = (Graphics2D) g.create();
            try {
                moved.translate(x, y);
                look.paint(moved);
            } finally {
                moved.dispose();
            }
        }

        private SolidCore.Pieces drawStamp(Placement at) {
            Rectangle2D bounds = look.bounds();
            int left = (int) Math.floor(at.fractionX() + bounds.getMinX() * at.scaleX()) - MARGIN;
            int top = (int) Math.floor(at.fractionY() + bounds.getMinY() * at.scaleY()) - MARGIN;
            int right = (int) Math.ceil(at.fractionX() + bounds.getMaxX() * at.scaleX()) + MARGIN;
            int bottom = (int) Math.ceil(at.fractionY() + bounds.getMaxY() * at.scaleY()) + MARGIN;
            long pixels = (long) (right - left) * (bottom - top);
            if (pixels > pixelsLeft) {
                return PAINT_INSTEAD;
            }
            pixelsLeft -= pixels;
            stampCount++;
            BufferedImage image = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                MapPainter.applyQualityHints(g);
                g.translate(at.fractionX() - left, at.fractionY() - top);
                g.scale(at.scaleX(), at.scaleY());
                look.paint(g);
            } finally {
                g.dispose();
            }
            return SolidCore.Pieces.of(image, left, top);
        }
    }

    private static boolean onlyScalesAndMoves(AffineTransform transform) {
        int others = transform.getType()
                & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE
                | AffineTransform.TYPE_GENERAL_SCALE);
        return others == 0 && transform.getScaleX() > 0 && transform.getScaleY() > 0;
    }
}
