package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.touchmap.layout.HeaderHit;
import org.touchmap.layout.MapLayout;

/**
 * What the mouse does on the stage and lane headers. A click selects the stage or lane, a
 * double-click renames it in place, a drag moves it to another place, and a drag on the line at a
 * stage header's right edge changes the column's width (a double-click there fits the column to
 * its cards again). The gestures themselves are {@link HeaderReorderDrag} and {@link ColumnResizeDrag}.
 */
final class HeaderGestures {
    /** How near the line between two stage headers, on screen, counts as on it. */
    static final double EDGE_REACH = 4;

    /** A drag that started on a header and follows the mouse until it is let go. */
    interface Drag {
        void dragged(double x, double y);

        void released(double x, double y);
    }

    private final EditorContext context;
    private final HeaderReorderDrag reorder;
    private final ColumnResizeDrag resize;
    private final HeaderRenameEditor rename;
    private final StructureEdits edits;
    private Drag drag;

    HeaderGestures(EditorContext context, HeaderRenameEditor rename, StructureEdits edits) {
        this.context = context;
        this.rename = rename;
        this.edits = edits;
        this.reorder = new HeaderReorderDrag(context);
        this.resize = new ColumnResizeDrag(context);
    }

    void install() {
        Node content = context.canvas().mapContent();
        content.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            if (drag != null) {
                drag.dragged(event.getX(), event.getY());
                event.consume();
            }
        });
        content.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (drag != null) {
                Drag finished = drag;
                drag = null;
                finished.released(event.getX(), event.getY());
                event.consume();
            }
        });
        content.addEventFilter(MouseEvent.MOUSE_MOVED, event -> {
            boolean onEdge = hitAt(event.getX(), event.getY())
                    .filter(hit -> hit instanceof HeaderHit.StageEdge).isPresent();
            content.setCursor(onEdge ? Cursor.H_RESIZE : null);
        });
    }

    private void pressed(MouseEvent event) {
        if (event.isConsumed() || event.getButton() != MouseButton.PRIMARY || context.isForOverlay(event)) {
            return;
        }
        Optional<HeaderHit> hit = hitAt(event.getX(), event.getY());
        if (hit.isEmpty()) {
            return;
        }
        event.consume();
        boolean twice = event.getClickCount() == 2;
        if (hit.get() instanceof HeaderHit.StageEdge edge) {
            if (twice) {
                edits.fitColumn(edge.stageId());
            } else {
                drag = resize.start(context.layout().columns().get(edge.index()), event.getX());
            }
        } else if (hit.get() instanceof HeaderHit.StageHeader stage) {
            onHeader(HeaderKind.STAGE, stage.stageId(), stage.index(), event, twice);
        } else if (hit.get() instanceof HeaderHit.LaneHeader lane) {
            onHeader(HeaderKind.LANE, lane.laneId(), lane.index(), event, twice);
        }
    }

    private void onHeader(HeaderKind kind, String id, int index, MouseEvent event, boolean twice) {
        kind.select(context.selection(), id);
        context.focusCanvas();
        if (twice) {
            rename.start(kind, id);
        } else {
            drag = reorder.arm(kind, id, index, event.getX(), event.getY());
        }
    }

    private Optional<HeaderHit> hitAt(double x, double y) {
        MapLayout layout = context.layout();
        return layout == null ? Optional.empty() : layout.headerAt(x, y, context.screenDistance(EDGE_REACH));
    }
}
