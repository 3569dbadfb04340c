package org.touchmap.ui.structure;

import javafx.scene.shape.Rectangle;

import org.touchmap.edit.StageProperties;
import org.touchmap.layout.ColumnResize;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.Stage;

/**
 * Dragging the right edge of a stage header: a shade shows the column's new width while the mouse
 * moves, and letting go sets the stage's preferred width, as one undo step.
 */
final class ColumnResizeDrag implements HeaderGestures.Drag {
    private final EditorContext context;
    private final Rectangle preview = new Rectangle();
    private StageColumn column;
    private double pressX;
    private double width;

    ColumnResizeDrag(EditorContext context) {
        this.context = context;
        preview.getStyleClass().add("column-preview");
        preview.setMouseTransparent(true);
        preview.setVisible(false);
        context.canvas().overlay().getChildren().add(preview);
    }

    ColumnResizeDrag start(StageColumn column, double x) {
        this.column = column;
        this.pressX = x;
        this.width = column.width();
        return this;
    }

    @Override
    public void dragged(double x, double y) {
        MapLayout layout = context.layout();
        if (column == null || layout == null) {
            return;
        }
        width = ColumnResize.preferredWidth(column, x - pressX, layout.settings());
        preview.setX(column.x());
        preview.setY(column.header().y());
        preview.setWidth(width);
        preview.setHeight(layout.grid().maxY() - column.header().y());
        preview.setStrokeWidth(context.screenDistance(2));
        preview.setVisible(true);
    }

    @Override
    public void released(double x, double y) {
        preview.setVisible(false);
        StageColumn resized = column;
        column = null;
        // A click on the edge without a drag leaves the width as it is.
        if (resized == null || Math.abs(width - resized.width()) < 1) {
            return;
        }
        Stage stage = context.map().findStage(resized.stageId()).orElse(null);
        if (stage != null && !Double.valueOf(width).equals(stage.width())) {
            context.execute(StageProperties.WIDTH.change(stage.id(), width));
        }
    }
}
