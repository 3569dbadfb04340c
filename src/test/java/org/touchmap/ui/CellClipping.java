package org.touchmap.ui;

import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Whether a text drawn in a list, table or tree cell is partly hidden although no ellipsis shows it:
 * its lines run below the bottom of its cell (the list sized the cell for fewer lines, and the next
 * cell or the list's edge covers the rest), or it runs past the right edge of a list's visible
 * area (the cell is wider than the list and the text is clipped there). A table may scroll
 * sideways to its further columns, so only its cells' heights count.
 */
final class CellClipping {
    /** Sub-pixel differences of layout are not a cut. */
    private static final double TOLERANCE = 1;

    private CellClipping() {
    }

    /** How the text is clipped, or nothing when it shows whole or is in no cell. */
    static Optional<String> of(Text text) {
        IndexedCell<?> cell = ancestor(text, IndexedCell.class);
        if (cell == null || cell.isEmpty() || cell.getHeight() <= 0 || !cell.isVisible()) {
            return Optional.empty();
        }
        Bounds inCell = cell.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
        if (inCell.getMaxY() > cell.getHeight() + TOLERANCE) {
            return Optional.of(String.format("runs %.0f px below its %s (%.0f px high)",
                    inCell.getMaxY() - cell.getHeight(), cell.getClass().getSimpleName(), cell.getHeight()));
        }
        VirtualFlow<?> flow = ancestor(cell, VirtualFlow.class);
        Node visibleArea = flow == null || !(cell instanceof ListCell<?>) ? null : flow.lookup(".clipped-container");
        if (visibleArea != null) {
            Bounds visible = visibleArea.localToScene(visibleArea.getLayoutBounds());
            Bounds shown = text.localToScene(text.getBoundsInLocal());
            if (shown.getMinX() < visible.getMaxX() && shown.getMaxX() > visible.getMaxX() + TOLERANCE) {
                return Optional.of(String.format("runs %.0f px past the right edge of its list",
                        shown.getMaxX() - visible.getMaxX()));
            }
        }
        return Optional.empty();
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (type.isInstance(parent)) {
                return type.cast(parent);
            }
        }
        return null;
    }
}
