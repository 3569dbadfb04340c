package org.touchmap.ui.structure;

import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import org.touchmap.layout.HeaderDrop;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

/**
 * Dragging a stage or lane header to another place: once the mouse has moved a few pixels, a ghost
 * of the header follows it and a line shows where it would land; letting go there moves the stage
 * or lane, as one undo step.
 */
final class HeaderReorderDrag implements HeaderGestures.Drag {
    /** How far the mouse must move, on screen, before a press on a header becomes a drag. */
    private static final double THRESHOLD = 5;

    private final EditorContext context;
    private final Rectangle ghost = new Rectangle();
    private final Line indicator = new Line();
    private HeaderKind kind;
    private String id;
    private int index;
    private double pressX;
    private double pressY;
    private boolean moving;

    HeaderReorderDrag(EditorContext context) {
        this.context = context;
        ghost.getStyleClass().add("header-ghost");
        indicator.getStyleClass().add("drop-indicator");
        for (Node node : new Node[] {ghost, indicator}) {
            node.setMouseTransparent(true);
            node.setVisible(false);
        }
        context.canvas().overlay().getChildren().addAll(ghost, indicator);
    }

    /** Arms the drag at a press on a header; nothing moves until the mouse does. */
    HeaderReorderDrag arm(HeaderKind kind, String id, int index, double x, double y) {
        this.kind = kind;
        this.id = id;
        this.index = index;
        this.pressX = x;
        this.pressY = y;
        this.moving = false;
        return this;
    }

    @Override
    public void dragged(double x, double y) {
        MapLayout layout = context.layout();
        if (layout == null) {
            return;
        }
        if (!moving && Math.hypot(x - pressX, y - pressY) < context.screenDistance(THRESHOLD)) {
            return;
        }
        moving = true;
        Rect header = kind.header(layout, id);
        if (header == null) {
            return;
        }
        boolean sideways = kind == HeaderKind.STAGE;
        ghost.setX(header.x() + (sideways ? x - pressX : 0));
        ghost.setY(header.y() + (sideways ? 0 : y - pressY));
        ghost.setWidth(header.width());
        ghost.setHeight(header.height());
        double[] line = kind.gapLine(layout, kind.gap(layout, x, y));
        indicator.setStartX(line[0]);
        indicator.setStartY(line[1]);
        indicator.setEndX(line[2]);
        indicator.setEndY(line[3]);
        indicator.setStrokeWidth(context.screenDistance(3));
        ghost.setVisible(true);
        indicator.setVisible(true);
    }

    @Override
    public void released(double x, double y) {
        ghost.setVisible(false);
        indicator.setVisible(false);
        MapLayout layout = context.layout();
        if (!moving || layout == null) {
            return;
        }
        moving = false;
        int target = HeaderDrop.targetIndex(index, kind.gap(layout, x, y));
        if (target != index) {
            context.execute(kind.move(id, target));
        }
    }
}
