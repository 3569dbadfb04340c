package org.touchmap.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;

import org.touchmap.layout.LaneIcons;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.Rect;
import org.touchmap.model.Lane;

/** A lane's header on the left of its row: the lane's name, and its kind's icon at the top. */
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
        if (row.folded()) {
            // Past the icon, which a folded lane's thin header shows beside its name.
            setStyle("-fx-padding: 0 10 0 " + (12 + LaneIcons.nameIndent(row)) + ";");
        }
    }

    /** The kind's icon, placed where every picture draws it; a node of its own above the header. */
    static Text icon(LaneRow row) {
        Text icon = IconGlyphs.glyph(LaneIcons.iconLiteral(row.kind()), LaneIcons.SIZE);
        icon.getStyleClass().add("lane-kind-icon");
        Rect box = LaneIcons.box(row);
        icon.setTextOrigin(javafx.geometry.VPos.TOP);
        icon.relocate(box.x(), box.y());
        icon.setManaged(false);
        icon.setMouseTransparent(true);
        return icon;
    }
}
