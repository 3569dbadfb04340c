package org.touchmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class RasterStampsTest {
    /** Blending a stamp rounds once more than filling the shapes does: a step or two of 255, never more. */
    private static final int TOLERANCE = 3;

    private static final PictureOptions ENGLISH = PictureOptions.defaults(Locale.ENGLISH);

    /** A rounded box with an outline, like a card's, at its reference point. */
    private static final RasterStamps.Look BOX = new RasterStamps.Look() {
        @Override
        public Rectangle2D bounds() {
            return new Rectangle2D.Double(0, 0, 60, 30);
        }

        @Override
        public void paint(Graphics2D g) {
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.RoundRectangle2D.Double(0, 0, 60, 30, 16, 16));
            g.setColor(Color.GRAY);
            g.draw(new java.awt.geom.RoundRectangle2D.Double(0.5, 0.5, 59, 29, 15, 15));
        }
    };

    @Test
    void aMapWithStampedCardsLooksLikeTheMapDrawnAsShapes() {
        assertSamePixels(SampleMaps.english(), ENGLISH);
    }

    @Test
    void fadedCardsLookTheSameStamped() {
        JourneyMap map = SampleMaps.english();
        assertSamePixels(map, ENGLISH.withOnlyChain(map.chains().get(0).id()));
    }

    @Test
    void cardsLandingBetweenPixelsLookTheSameStamped() {
        assertSamePixels(SampleMaps.english(), ENGLISH.withScale(1.37));
    }

    @Test
    void aPartIsStampedOncePerFractionOfAPixelItLandsOn() {
        RasterStamps stamps = new RasterStamps(RasterStamps.DEFAULT_PIXEL_BUDGET);
        RasterStamps.Part part = stamps.part(BOX);
        draw(200, 100, g -> {
            for (int i = 0; i < 5; i++) {
                part.draw(g, 2 + 30 * i, 10);
            }
        });
        assertEquals(1, stamps.stampCount());
        draw(200, 100, g -> part.draw(g, 20.5, 50));
        assertEquals(2, stamps.stampCount());
    }

    @Test
    void aPartLandingOnEverNewFractionsOfAPixelStopsBeingStampedAndStillLooksTheSame() {
        RasterStamps stamps = new RasterStamps(RasterStamps.DEFAULT_PIXEL_BUDGET);
        RasterStamps.Part part = stamps.part(BOX);
        double[] xs = new double[RasterStamps.MAX_PLACEMENTS * 3];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 2 + 70 * (i % 6) + i / 97.0;
        }
        BufferedImage stamped = draw(440, 40 * xs.length / 6 + 40, g -> {
            for (int i = 0; i < xs.length; i++) {
                part.draw(g, xs[i], 5 + 40 * (i / 6));
            }
        });
        BufferedImage painted = draw(440, 40 * xs.length / 6 + 40, g -> {
            for (int i = 0; i < xs.length; i++) {
                Graphics2D moved = (Graphics2D) g.create();
                moved.translate(xs[i], 5 + 40 * (i / 6));
                BOX.paint(moved);
                moved.dispose();
            }
        });
        assertEquals(RasterStamps.MAX_PLACEMENTS, stamps.stampCount(), "a stamp used once costs more than painting");
        assertTrue(largestDifference(stamped, painted) <= TOLERANCE);
    }

    @Test
    void aStampedPartHasThePixelsOfThePaintedPart() {
        for (double x : new double[] {3, 3.25, 7.5}) {
            RasterStamps.Part part = new RasterStamps(RasterStamps.DEFAULT_PIXEL_BUDGET).part(BOX);
            BufferedImage stamped = draw(100, 60, g -> part.draw(g, x, 12.75));
            BufferedImage painted = draw(100, 60, g -> {
                g.translate(x, 12.75);
                BOX.paint(g);
            });
            assertTrue(largestDifference(stamped, painted) <= TOLERANCE, "at x = " + x);
        }
    }

    @Test
    void beyondItsPixelBudgetAPartIsPaintedInstead() {
        RasterStamps stamps = new RasterStamps(100);
        BufferedImage image = draw(100, 60, g -> stamps.part(BOX).draw(g, 5, 5));
        assertEquals(0, stamps.stampCount());
        assertEquals(Color.WHITE, new Color(image.getRGB(35, 20), true));
    }

    @Test
    void aRotatedPictureIsPaintedNotStamped() {
        RasterStamps stamps = new RasterStamps(RasterStamps.DEFAULT_PIXEL_BUDGET);
        draw(100, 100, g -> {
            g.rotate(0.3);
            stamps.part(BOX).draw(g, 20, 5);
        });
        assertEquals(0, stamps.stampCount());
    }

    @Test
    void theSolidCoreOfACardIsItsWhiteMiddle() {
        BufferedImage card = draw(64, 34, g -> {
            g.translate(2, 2);
            BOX.paint(g);
        });
        Rectangle core = SolidCore.find(card);
        assertNotNull(core);
        assertEquals(Color.WHITE.getRGB(), card.getRGB(core.x, core.y));
        assertTrue(core.width * core.height > 60 * 30 / 2, core.toString());
        assertNull(SolidCore.find(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB)));
    }

    @Test
    void svgKeepsTheCardsAsShapes() {
        String svg = SvgExport.svg(SampleMaps.english(), ENGLISH);
        assertFalse(svg.contains("<image"));
    }

    private static void assertSamePixels(JourneyMap map, PictureOptions options) {
        Picture picture = Picture.of(map, options);
        BufferedImage stamped = PngExport.image(map, options);
        BufferedImage painted = new BufferedImage(stamped.getWidth(), stamped.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = painted.createGraphics();
        try {
            g.scale(options.scale(), options.scale());
            MapPainter.paint(g, picture);
        } finally {
            g.dispose();
        }
        assertTrue(largestDifference(stamped, painted) <= TOLERANCE);
    }

    private static BufferedImage draw(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            MapPainter.applyQualityHints(g);
            g.setColor(new Color(0xF4F6F8));
            g.fillRect(0, 0, width, height);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The largest difference of any channel of any pixel. */
    private static int largestDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
                }
            }
        }
        return largest;
    }
}
