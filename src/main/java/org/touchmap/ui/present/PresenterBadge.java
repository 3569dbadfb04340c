package org.touchmap.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The quiet line under the map while presenting: what is shown, how far the walk has got, and
 * the keys to edit and to leave. At the start it also lists the other keys, so a presenter finds
 * them without a manual; after the first step that part goes. It is a line of its own, one text
 * line high, under the map and its emotion curve, so it never hides a card or a point of the curve.
 */
final class PresenterBadge {
    private final Label status = new Label();
    private final Label keys = new Label(PresentText.get("present.keys"));
    private final HBox line;

    PresenterBadge() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        line = new HBox(16, status, gap, keys);
        line.setId("presenter-badge");
        line.getStyleClass().add("presenter-badge");
        status.getStyleClass().add("presenter-badge-status");
        keys.getStyleClass().add("presenter-badge-keys");
        status.setMinWidth(Region.USE_PREF_SIZE);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMouseTransparent(true);
    }

    HBox node() {
        return line;
    }

    /**
     * @param chainName the chain walked, or {@code null} stage by stage
     * @param step      the step shown, 0 at the start
     * @param lastStep  the step that shows everything
     * @param editing   whether the map takes edits
     */
    void show(String chainName, int step, int lastStep, boolean editing) {
        String what = chainName == null ? PresentText.get("present.byStage")
                : PresentText.get("present.alongChain", chainName);
        String edit = PresentText.get(editing ? "present.editingHint" : "present.editHint");
        status.setText(PresentText.get("present.badge", what, step, lastStep, edit));
        // Hidden but kept in the line, so the line keeps its height and the map its size.
        keys.setVisible(step == 0);
    }
}
