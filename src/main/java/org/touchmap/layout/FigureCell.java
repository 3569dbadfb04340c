package org.touchmap.layout;

/**
 * A stage's cell of a metrics lane: where its figures are written, line by line from the top, each
 * line {@link NoteBox#LINE_HEIGHT} high after {@link NoteBox#PADDING}.
 *
 * @param stageId the stage
 * @param laneId  the metrics lane
 * @param box     the lines' box, inside the cell's padding
 */
public record FigureCell(String stageId, String laneId, Rect box) {
}
