package org.touchmap.ui.present;

import java.util.Optional;

import org.touchmap.analysis.RevealStep;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.PersonaBand;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;

/**
 * The part of the map a step shows, for the view to fit. The room always sees what the story is
 * about, the map's title, the persona and the lane labels, together with the columns opened so
 * far (stage by stage) or the columns of the cards shown (along a chain). Where that whole frame
 * fits the screen at a readable zoom, it is the whole map, so the camera stays still and cards
 * appear in their places; a map too wide for that is framed from its lane labels to the last
 * column revealed, the title and persona cut on the right rather than the cards; and only a map
 * too wide even for that is framed on the revealed columns alone.
 */
final class RevealArea {
    private RevealArea() {
    }

    /**
     * @param viewWidth  the width of the view, in screen pixels
     * @param viewHeight the height of the view, in screen pixels
     * @param minZoom    the smallest zoom the room can still read
     */
    static Rect of(MapLayout layout, RevealStep step, double viewWidth, double viewHeight, double minZoom) {
        // The map's own margin around the frame, so nothing touches the screen's edge.
        double margin = -layout.settings().margin();
        Rect revealed = revealedColumns(layout, step);
        Rect withContext = context(layout).union(revealed);
        Rect wholeMap = withContext.union(allColumns(layout)).inset(margin);
        if (fits(wholeMap, viewWidth, viewHeight, minZoom)) {
            return wholeMap;
        }
        Rect fromLaneLabels = new Rect(withContext.x(), withContext.y(), revealed.maxX() - withContext.x(),
                withContext.height()).inset(margin);
        if (fits(fromLaneLabels, viewWidth, viewHeight, minZoom)) {
            return fromLaneLabels;
        }
        return revealed;
    }

    /** The title, the persona and the lane labels: what every step keeps in view. */
    private static Rect context(MapLayout layout) {
        Rect context = layout.titleBox();
        Optional<PersonaBand> persona = layout.personaBand();
        if (persona.isPresent()) {
            context = context.union(persona.get().bounds());
        }
        for (LaneRow row : layout.rows()) {
            context = context.union(row.header());
        }
        return context;
    }

    /** The columns opened so far and those of the cards shown, with their headers; at the start the whole grid. */
    private static Rect revealedColumns(MapLayout layout, RevealStep step) {
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
        return area == null ? allColumns(layout) : area;
    }

    private static Rect allColumns(MapLayout layout) {
        Rect area = layout.grid();
        for (StageColumn column : layout.columns()) {
            area = area.union(column.header());
        }
        for (var band : layout.phaseBands()) {
            area = area.union(band.bounds());
        }
        return area;
    }

    private static boolean fits(Rect area, double viewWidth, double viewHeight, double minZoom) {
        return area.width() * minZoom <= viewWidth && area.height() * minZoom <= viewHeight;
    }

    private static Rect wholeColumn(StageColumn column) {
        return column.header().union(column.body());
    }

    private static Rect union(Rect area, Rect more) {
        return area == null ? more : area.union(more);
    }
}
