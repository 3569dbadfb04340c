package org.touchmap.ui.structure;

import java.util.List;

import org.touchmap.edit.AddLane;
import org.touchmap.edit.AddStage;
import org.touchmap.edit.Command;
import org.touchmap.edit.LaneProperties;
import org.touchmap.edit.MoveLane;
import org.touchmap.edit.MoveStage;
import org.touchmap.edit.StageProperties;
import org.touchmap.layout.HeaderDrop;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MapElement;
import org.touchmap.model.Stage;
import org.touchmap.ui.editor.Selection;

/**
 * What differs between stage headers (across the top, moving sideways) and lane headers (down the
 * left side, moving up and down), so the header gestures are written once for both.
 */
enum HeaderKind {
    STAGE {
        @Override
        Rect header(MapLayout layout, String id) {
            return layout.columns().stream().filter(c -> c.stageId().equals(id)).findFirst()
                    .map(c -> c.header()).orElse(null);
        }

        @Override
        MapElement find(JourneyMap map, String id) {
            return map.findStage(id).orElse(null);
        }

        @Override
        int gap(MapLayout layout, double x, double y) {
            return HeaderDrop.stageGap(layout, x);
        }

        @Override
        Command move(String id, int newIndex) {
            return new MoveStage(id, newIndex);
        }

        @Override
        Command rename(String id, String name) {
            return StageProperties.NAME.change(id, name);
        }

        @Override
        void select(Selection selection, String id) {
            selection.selectStage(id);
        }

        @Override
        List<String> ids(JourneyMap map) {
            return map.stages().stream().map(Stage::id).toList();
        }

        @Override
        Added addLast(JourneyMap map) {
            AddStage add = AddStage.newStage(map, map.stages().size(), StructureText.get("stage.newName"));
            return new Added(add, add.stageId());
        }
    },
    LANE {
        @Override
        Rect header(MapLayout layout, String id) {
            return layout.rows().stream().filter(r -> r.laneId().equals(id)).findFirst()
                    .map(r -> r.header()).orElse(null);
        }

        @Override
        MapElement find(JourneyMap map, String id) {
            return map.findLane(id).orElse(null);
        }

        @Override
        int gap(MapLayout layout, double x, double y) {
            return HeaderDrop.laneGap(layout, y);
        }

        @Override
        Command move(String id, int newIndex) {
            return new MoveLane(id, newIndex);
        }

        @Override
        Command rename(String id, String name) {
            return LaneProperties.NAME.change(id, name);
        }

        @Override
        void select(Selection selection, String id) {
            selection.selectLane(id);
        }

        @Override
        List<String> ids(JourneyMap map) {
            return map.lanes().stream().map(Lane::id).toList();
        }

        @Override
        Added addLast(JourneyMap map) {
            AddLane add = AddLane.newLane(map, map.lanes().size(), StructureText.get("lane.newName"));
            return new Added(add, add.laneId());
        }
    };

    /** A command that adds a stage or lane, and the id the new one gets. */
    record Added(Command command, String id) {
    }

    /** The header box of the element, or {@code null} when it is not laid out. */
    abstract Rect header(MapLayout layout, String id);

    /** The stage or lane, or {@code null} when the map no longer has it. */
    abstract MapElement find(JourneyMap map, String id);

    /** The gap between headers that a drop at the point falls into. */
    abstract int gap(MapLayout layout, double x, double y);

    abstract Command move(String id, int newIndex);

    abstract Command rename(String id, String name);

    abstract void select(Selection selection, String id);

    /** The ids of the stages or lanes, in the map's order. */
    abstract List<String> ids(JourneyMap map);

    /** Adds a stage or lane with the default name after the last one. */
    abstract Added addLast(JourneyMap map);

    /** The line a drop into {@code gap} is shown on: from {@code (x1, y1)} to {@code (x2, y2)}. */
    double[] gapLine(MapLayout layout, int gap) {
        Rect grid = layout.grid();
        if (this == STAGE) {
            double x = HeaderDrop.stageGapX(layout, gap);
            double top = layout.columns().isEmpty() ? grid.y() : layout.columns().get(0).header().y();
            return new double[] {x, top, x, grid.maxY()};
        }
        double y = HeaderDrop.laneGapY(layout, gap);
        double left = layout.rows().isEmpty() ? grid.x() : layout.rows().get(0).header().x();
        return new double[] {left, y, grid.maxX(), y};
    }
}
