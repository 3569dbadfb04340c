package org.touchmap.layout;

import org.touchmap.model.Touchpoint;

/**
 * The vertical axis of an emotion curve: where +2 and −2 lie, and the emotions between them
 * spread evenly, so the exports and the canvas's strip read the same way.
 *
 * @param highestY the y of the highest emotion, +2
 * @param lowestY  the y of the lowest emotion, −2; below {@code highestY} (larger)
 */
public record EmotionScale(double highestY, double lowestY) {
    public EmotionScale {
        if (lowestY < highestY) {
            throw new IllegalArgumentException("−2 must lie below +2: " + lowestY + " < " + highestY);
        }
    }

    /** A scale filling a band from {@code top}, {@code height} high, with {@code padding} left above +2 and below −2. */
    public static EmotionScale inside(double top, double height, double padding) {
        double center = top + height / 2;
        double halfRange = Math.max(0, (height - 2 * padding) / 2);
        return new EmotionScale(center - halfRange, center + halfRange);
    }

    /** The y of an emotion score. */
    public double yOf(double emotion) {
        double halfRange = (lowestY - highestY) / 2;
        return zeroY() - emotion / Touchpoint.MAX_EMOTION * halfRange;
    }

    /** The y of the zero line, between the good and the bad moods. */
    public double zeroY() {
        return (highestY + lowestY) / 2;
    }
}
