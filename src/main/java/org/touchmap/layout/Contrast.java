package org.touchmap.layout;

/**
 * The contrast ratio of two colours as WCAG 2 defines it, and light tints of a colour: what decides
 * whether text on a filled cell is readable, on screen and on a cheap printer.
 */
public final class Contrast {
    /** WCAG AA for body text: the least ratio text needs against what is behind it. */
    public static final double AA_TEXT = 4.5;

    private Contrast() {
    }

    /** From 1 (the same colour) to 21 (black on white), whichever of the two is lighter. */
    public static double ratio(String colour, String other) {
        double a = relativeLuminance(colour);
        double b = relativeLuminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The colour mixed with white: {@code share} 0 keeps it, 1 gives white. */
    public static String tint(String colour, double share) {
        int[] rgb = channels(colour);
        StringBuilder hex = new StringBuilder("#");
        for (int channel : rgb) {
            hex.append(String.format("%02x", (int) Math.round(channel + (255 - channel) * share)));
        }
        return hex.toString();
    }

    static double relativeLuminance(String colour) {
        int[] rgb = channels(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] channels(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
        }
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
