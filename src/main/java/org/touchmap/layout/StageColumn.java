package org.touchmap.layout;

/**
 * A stage's column: its header box and the strip of cells below it.
 *
 * @param stageId     id of the stage
 * @param index       position of the stage, from 0 on the left
 * @param header      the header box above the cells
 * @param nameBox     where the stage name goes inside the header
 * @param questionBox where the customer question goes inside the header
 * @param badgeBox    a slot at the foot of the header kept free of text, for marks over the header
 *                    (the analysis overlay's health badge), so that no mark ever covers the name or question
 * @param body        the column's cells, from the first lane row to the last
 */
public record StageColumn(String stageId, int index, Rect header, Rect nameBox, Rect questionBox, Rect badgeBox,
                          Rect body) {

    public double x() {
        return body.x();
    }

    public double width() {
        return body.width();
    }

    /** Whether {@code px} falls into the column; the left border belongs to it, the right to the next. */
    public boolean containsX(double px) {
        return px >= body.x() && px < body.maxX();
    }
}
