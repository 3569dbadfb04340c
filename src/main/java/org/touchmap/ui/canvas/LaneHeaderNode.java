package org.touchmap.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;

import org.touchmap.layout.LaneRow;
import org.touchmap.layout.Rect;
import org.touchmap.model.Lane;

/** A lane's header on the left of its row. */
final class LaneHeaderNode extends Label {

    LaneHeaderNode(Lane lane, LaneRow row) {
        super(lane.name());
        getStyleClass().add("lane-header");
        setWrapText(true);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setAlignment(Pos.CENTER_LEFT);
        Rect header = row.header();
        setMinSize(header.width(), header.height());
        setPrefSize(header.width(), header.height());
        setMaxSize(header.width(), header.height());
        relocate(header.x(), header.y());
    }
}
