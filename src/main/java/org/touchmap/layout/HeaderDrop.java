package org.touchmap.layout;

import java.util.List;

/**
 * Where a stage or lane header dragged along the others lands. A drop point falls into a
 * <em>gap</em> between headers, numbered 0 (before the first) to n (after the last); a header is
 * passed once the point crosses its middle, so the gap nearest the pointer wins.
 */
public final class HeaderDrop {
    private HeaderDrop() {
    }

    /** The gap between stage columns nearest to {@code x}. */
    public static int stageGap(MapLayout layout, double x) {
        return gap(layout.columns().stream().map(c -> c.body().centerX()).toList(), x);
    }

    /** The gap between lane rows nearest to {@code y}. */
    public static int laneGap(MapLayout layout, double y) {
        return gap(layout.rows().stream().map(r -> r.body().centerY()).toList(), y);
    }

    /**
     * The index the dragged element gets among the elements when dropped into {@code gap}, which is
     * what {@code MoveStage} and {@code MoveLane} take: the element leaves its own place first, so
     * the gaps after it count one less. Equals {@code fromIndex} when the drop changes nothing.
     */
    public static int targetIndex(int fromIndex, int gap) {
        return gap > fromIndex ? gap - 1 : gap;
    }

    /** Where to draw the indicator of a gap between stage columns. */
    public static double stageGapX(MapLayout layout, int gap) {
        List<StageColumn> columns = layout.columns();
        return gap < columns.size() ? columns.get(gap).x() : layout.grid().maxX();
    }

    /** Where to draw the indicator of a gap between lane rows. */
    public static double laneGapY(MapLayout layout, int gap) {
        List<LaneRow> rows = layout.rows();
        return gap < rows.size() ? rows.get(gap).y() : layout.grid().maxY();
    }

    private static int gap(List<Double> centres, double position) {
        int passed = 0;
        while (passed < centres.size() && position > centres.get(passed)) {
            passed++;
        }
        return passed;
    }
}
