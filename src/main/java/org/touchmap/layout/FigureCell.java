package org.touchmap.layout;

/**
 * A stage's cell of a metrics lane: where its figures are written.
 *
 * @param stageId the stage
 * @param laneId  the metrics lane
 * @param box     the lines' box, inside the cell's padding
 * @param figures the stage's numbers
 */
public record FigureCell(String stageId, String laneId, Rect box, StageFigures figures) {
}
