package org.touchmap.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;

import org.touchmap.layout.PhaseBand;
import org.touchmap.layout.Rect;

/** One segment of the phase band above the stage headers. */
final class PhaseBandNode extends Label {

    PhaseBandNode(PhaseBand band) {
        super(band.phase());
        getStyleClass().add("phase-band");
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setAlignment(Pos.CENTER);
        Rect bounds = band.bounds();
        setMinSize(bounds.width(), bounds.height());
        setPrefSize(bounds.width(), bounds.height());
        setMaxSize(bounds.width(), bounds.height());
        relocate(bounds.x(), bounds.y());
    }
}
