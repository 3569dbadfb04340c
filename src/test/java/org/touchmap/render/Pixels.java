package org.touchmap.render;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.Connector;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;

/** Finds drawn things in a picture by the layout, and reads their colours. */
final class Pixels {
    private Pixels() {
    }

    static Color at(BufferedImage image, double x, double y, double scale) {
        return new Color(image.getRGB((int) Math.floor(x * scale), (int) Math.floor(y * scale)), true);
    }

    /** The colour in the middle of a card's rating edge. */
    static Color ratingEdge(BufferedImage image, MapLayout layout, String touchpointId, double scale) {
        CardBox card = layout.card(touchpointId).orElseThrow();
        Rect edge = layout.cardAnatomy().ratingEdge().translate(card.bounds().x(), card.bounds().y());
        return at(image, edge.centerX(), edge.centerY(), scale);
    }

    /** The middle of the longest straight run of an arrow, away from its rounded corners and head. */
    static Point middleOfLongestRun(Connector connector) {
        Point bestFrom = connector.points().get(0);
        Point bestTo = connector.points().get(1);
        for (int i = 1; i + 1 < connector.points().size(); i++) {
            Point from = connector.points().get(i);
            Point to = connector.points().get(i + 1);
            if (from.distanceTo(to) > bestFrom.distanceTo(bestTo)) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return new Point((bestFrom.x() + bestTo.x()) / 2, (bestFrom.y() + bestTo.y()) / 2);
    }

    /** Distance between two colours in RGB, from 0 (equal) to about 441. */
    static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    static boolean reddish(Color color) {
        return color.getRed() > 160 && color.getGreen() < 130 && color.getBlue() < 80;
    }

    static boolean greenish(Color color) {
        return color.getGreen() > color.getRed() + 80 && color.getGreen() > color.getBlue() + 20;
    }
}
