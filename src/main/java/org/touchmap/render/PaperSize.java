package org.touchmap.render;

/** Paper a poster is printed on; sizes in PDF points (1/72 inch), portrait. */
public enum PaperSize {
    A4(595.2756, 841.8898),
    A3(841.8898, 1190.5512);

    private final double width;
    private final double height;

    PaperSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width of the sheet held upright, in points. */
    public double width() {
        return width;
    }

    /** Height of the sheet held upright, in points. */
    public double height() {
        return height;
    }
}
