package org.touchmap.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The small note in the bottom-right corner while presenting: what is shown, how far the walk
 * has got, and the keys to edit and to leave. At the start it also lists the other keys, so a
 * presenter finds them without a manual; after the first step that line goes out of the way.
 */
final class PresenterBadge {
    private final Label status = new Label();
    private final Label keys = new Label(PresentText.get("present.keys"));
    private final VBox box = new VBox(2, status, keys);

    PresenterBadge() {
        box.setId("presenter-badge");
        box.getStyleClass().add("presenter-badge");
        status.getStyleClass().add("presenter-badge-status");
        keys.getStyleClass().add("presenter-badge-keys");
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
    }

    VBox node() {
        return box;
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
        keys.setVisible(step == 0);
        keys.setManaged(step == 0);
    }
}
