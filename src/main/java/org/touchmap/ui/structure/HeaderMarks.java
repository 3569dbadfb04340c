package org.touchmap.ui.structure;

import javafx.scene.shape.Rectangle;

import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.ui.editor.Selection;

/** Outlines the header of the selected stage or lane, so a person sees what F2 or Delete acts on. */
final class HeaderMarks {
    private final EditorContext context;
    private final Rectangle outline = new Rectangle();

    HeaderMarks(EditorContext context) {
        this.context = context;
        outline.getStyleClass().add("selected-header");
        outline.setMouseTransparent(true);
        outline.setVisible(false);
    }

    void install() {
        context.canvas().overlay().getChildren().add(outline);
        Selection selection = context.selection();
        selection.stage().addListener((obs, old, now) -> show());
        selection.lane().addListener((obs, old, now) -> show());
        context.canvas().mapLayoutProperty().addListener((obs, old, now) -> show());
        context.canvas().navigation().zoomProperty().addListener((obs, old, now) -> show());
    }

    private void show() {
        MapLayout layout = context.layout();
        Selection selection = context.selection();
        Rect header = null;
        if (layout != null && selection.stage().get() != null) {
            header = HeaderKind.STAGE.header(layout, selection.stage().get());
        } else if (layout != null && selection.lane().get() != null) {
            header = HeaderKind.LANE.header(layout, selection.lane().get());
        }
        outline.setVisible(header != null);
        if (header != null) {
            outline.setX(header.x());
            outline.setY(header.y());
            outline.setWidth(header.width());
            outline.setHeight(header.height());
            outline.setStrokeWidth(context.screenDistance(2.5));
        }
    }
}
