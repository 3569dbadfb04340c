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

    /** Shows the line for the header of {@code id} below a field at {@code x, fieldBottom}. */
    void show(HeaderKind kind, String id, JourneyMap map, double x, double fieldBottom) {
        List<String> ids = kind.ids(map);
        boolean last = !ids.isEmpty() && ids.get(ids.size() - 1).equals(id);
        String key = "rename.hint." + (kind == HeaderKind.STAGE ? "stage" : "lane") + (last ? "Last" : "");
        label.setText(StructureText.get(key));
        label.setVisible(true);
        // Its own preferred size, so the whole line shows however narrow the header is.
        label.applyCss();
        label.autosize();
        label.relocate(x, fieldBottom + GAP);
        label.toFront();
    }

    void hide() {
        label.setVisible(false);
    }
}
