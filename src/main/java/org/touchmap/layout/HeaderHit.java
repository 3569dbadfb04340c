package org.touchmap.layout;

/** What a point on the map's headers is over: a stage header, the edge that resizes its column, or a lane header. */
public sealed interface HeaderHit {

    /** The body of a stage's header: click to select, drag to reorder. */
    record StageHeader(String stageId, int index) implements HeaderHit {
    }

    /** The right edge of a stage's header: drag to change the column's width. */
    record StageEdge(String stageId, int index) implements HeaderHit {
    }

    /** A lane's header: click to select, drag to reorder. */
    record LaneHeader(String laneId, int index) implements HeaderHit {
    }
}
