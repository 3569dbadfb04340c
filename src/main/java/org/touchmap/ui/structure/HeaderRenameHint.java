package org.touchmap.ui.structure;

import java.util.List;

import javafx.scene.control.Label;

import org.touchmap.model.JourneyMap;

/**
 * A line under the name being typed into a stage or lane header saying what Tab does: open the
 * next one, or, past the last, add a new one. People who named stages through the Structure menu
 * did not find this out by themselves; the line shows it where they type.
 */
final class HeaderRenameHint {
    private static final double GAP = 2;

    private final Label label = new Label();

    HeaderRenameHint() {
        label.getStyleClass().add("header-rename-hint");
        label.setManaged(false);
        label.setVisible(false);
        label.setMouseTransparent(true);
    }

    Label node() {
        return label;
    }

    /**
     * Shows the line for the header of {@code id} below a field at {@code x, fieldBottom}, wrapped
     * to {@code width}, the field's, so it never reaches into the next header.
     */
    void show(HeaderKind kind, String id, JourneyMap map, double x, double fieldBottom, double width) {
        List<String> ids = kind.ids(map);
        boolean last = !ids.isEmpty() && ids.get(ids.size() - 1).equals(id);
        String key = "rename.hint." + (kind == HeaderKind.STAGE ? "stage" : "lane") + (last ? "Last" : "");
        label.setText(StructureText.get(key));
        label.setVisible(true);
        label.setWrapText(true);
        label.applyCss();
        double wide = Math.min(label.prefWidth(-1), width);
        // As tall as its words need at that width, so the whole hint shows however narrow the header is.
        label.resize(wide, label.prefHeight(wide));
        label.relocate(x, fieldBottom + GAP);
        label.toFront();
    }

    void hide() {
        label.setVisible(false);
    }
}
