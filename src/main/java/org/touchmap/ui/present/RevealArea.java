package org.touchmap.ui.present;

import java.util.Optional;

import org.touchmap.analysis.RevealStep;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;

/**
 * The part of the map a step is about, for the view to fit: the columns opened so far (stage by
 * stage) or the columns of the cards shown (along a chain), with their headers, so the room grows
 * with what has been said. At the start it is the whole grid.
 */
final class RevealArea {
    private RevealArea() {
    }

    static Rect of(MapLayout layout, RevealStep step) {
        Rect area = null;
        int openedColumn = step.stageId() == null ? -1 : layout.columns().stream()
                .filter(column -> column.stageId().equals(step.stageId()))
                .mapToInt(StageColumn::index).findFirst().orElse(-1);
        for (StageColumn column : layout.columns()) {
            if (column.index() <= openedColumn) {
                area = union(area, wholeColumn(column));
            }
        }
        for (CardBox card : layout.cards()) {
            if (step.shows(card.touchpointId())) {
                Rect box = card.bounds();
                area = union(area, box);
                Optional<StageColumn> column = layout.columnAt(box.centerX());
                if (column.isPresent()) {
                    area = union(area, wholeColumn(column.get()));
                }
            }
        }
        return area == null ? layout.grid() : area;
    }

    private static Rect wholeColumn(StageColumn column) {
        return column.header().union(column.body());
    }

    private static Rect union(Rect area, Rect more) {
        return area == null ? more : area.union(more);
    }
}
