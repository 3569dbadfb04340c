package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

import org.touchmap.ui.PanelSizes.Panel;

/**
 * The panels around the canvas: the catalog above the chains on the left, the property panel on
 * the right, and the analysis below. Each side panel has a minimum size, so no panel squeezes
 * another to a sliver; each can be folded away and shown again; and the sizes the person drags
 * the dividers to are remembered in {@link PanelSizes} for the next window and the next start.
 * Side panels keep their width when the window grows: the canvas takes the difference.
 */
final class SidePanels {
    private final PanelSizes sizes;
    private final BooleanProperty catalogShown;
    private final BooleanProperty chainsShown;
    private final BooleanProperty propertiesShown;
    private final SplitPane left = new SplitPane();
    private final SplitPane workspace = new SplitPane();
    private Region catalog;
    private Region chains;
    private Region properties;
    private Region middle;
    private SplitPane analysisArea;
    /** Set while the panels are put in place, so the dividers' moves are not taken for the person's. */
    private boolean arranging;
    /** Whether the remembered sizes have been applied to a laid-out window; only then are moves saved. */
    private boolean applied;

    SidePanels(PanelSizes sizes) {
        this.sizes = sizes;
        catalogShown = shownProperty(Panel.CATALOG);
        chainsShown = shownProperty(Panel.CHAINS);
        propertiesShown = shownProperty(Panel.PROPERTIES);
    }

    private BooleanProperty shownProperty(Panel panel) {
        BooleanProperty shown = new SimpleBooleanProperty(sizes.isShown(panel));
        shown.addListener((obs, was, now) -> {
            sizes.setShown(panel, now);
            if (workspace.getWidth() > 0) {
                arrange();
            }
        });
        return shown;
    }

    BooleanProperty catalogShown() {
        return catalogShown;
    }

    BooleanProperty chainsShown() {
        return chainsShown;
    }

    BooleanProperty propertiesShown() {
        return propertiesShown;
    }

    SplitPane workspace() {
        return workspace;
    }

    /** The workspace with the analysis below it while that is shown. */
    SplitPane analysisArea() {
        return analysisArea;
    }

    /** Puts the panels around {@code middle}, the canvas with what belongs to it, and returns the whole. */
    SplitPane around(Region catalog, Region chains, Region properties, Region middle) {
        this.catalog = catalog;
        this.chains = chains;
        this.properties = properties;
        this.middle = middle;
        left.setOrientation(Orientation.VERTICAL);
        left.setMinWidth(PanelSizes.MIN_LEFT_WIDTH);
        properties.setMinWidth(PanelSizes.MIN_PROPERTIES_WIDTH);
        middle.setMinSize(0, 0);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(properties, false);
        SplitPane.setResizableWithParent(chains, false);
        arrangeItems();
        workspace.widthProperty().addListener((obs, was, now) -> applyOnce());
        left.heightProperty().addListener((obs, was, now) -> applyOnce());
        saveWhenDragged(workspace, this::saveWidths);
        saveWhenDragged(left, this::saveChainsHeight);
        return workspace;
    }

    /**
     * Gives the analysis its remembered height each time it is shown, and remembers the height the
     * person drags it to. {@code placeBelow} puts the analysis below the workspace and returns the
     * split pane that holds both. The analysis's divider appears when the analysis is put in; the
     * moves made while it is put in place (by the split pane, and by whoever put it in) are not taken
     * for the person's, and the remembered height is applied after them, whatever order the
     * listeners of {@code analysisShown} run in.
     */
    SplitPane withAnalysisBelow(BooleanProperty analysisShown, Supplier<SplitPane> placeBelow) {
        SplitPane area = placeBelow.get();
        analysisArea = area;
        area.setMinHeight(0);
        area.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    arranging = true;
                    Platform.runLater(() -> placeAnalysis(area));
                }
            }
        });
        saveWhenDragged(area, () -> {
            if (analysisShown.get() && area.getDividers().size() == 1 && area.getHeight() > 0) {
                sizes.setAnalysisHeight((1 - area.getDividers().get(0).getPosition()) * area.getHeight());
            }
        });
        return area;
    }

    private void placeAnalysis(SplitPane area) {
        try {
            if (area.getDividers().size() == 1 && area.getHeight() > 0) {
                area.setDividerPositions(1 - sizes.analysisHeight() / area.getHeight());
            }
        } finally {
            arranging = false;
        }
    }

    private void applyOnce() {
        if (!applied && workspace.getWidth() > 0 && left.getHeight() > 0) {
            applied = true;
            arrange();
        }
    }

    /** Puts the shown panels in their split panes at their remembered sizes. */
    private void arrange() {
        arranging = true;
        try {
            arrangeItems();
            placeDividers();
        } finally {
            arranging = false;
        }
    }

    private void arrangeItems() {
        List<Node> leftItems = new ArrayList<>();
        if (catalogShown.get()) {
            leftItems.add(catalog);
        }
        if (chainsShown.get()) {
            leftItems.add(chains);
        }
        setIfChanged(left, leftItems);
        List<Node> items = new ArrayList<>();
        if (!leftItems.isEmpty()) {
            items.add(left);
        }
        items.add(middle);
        if (propertiesShown.get()) {
            items.add(properties);
        }
        setIfChanged(workspace, items);
    }

    /**
     * Items put in again leave the scene and come back, and JavaFX then styles every node inside
     * anew: on a map of 30,000 cards that took minutes before the window first showed.
     */
    private static void setIfChanged(SplitPane pane, List<Node> items) {
        if (!pane.getItems().equals(items)) {
            pane.getItems().setAll(items);
        }
    }

    private void placeDividers() {
        double width = workspace.getWidth();
        List<Double> positions = new ArrayList<>();
        if (workspace.getItems().contains(left)) {
            positions.add(sizes.leftWidth() / width);
        }
        if (workspace.getItems().contains(properties)) {
            positions.add(1 - sizes.propertiesWidth() / width);
        }
        workspace.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        double height = left.getHeight();
        if (left.getItems().size() == 2 && height > 0) {
            left.setDividerPositions(1 - sizes.chainsHeight() / height);
        }
    }

    private void saveWidths() {
        double width = workspace.getWidth();
        List<SplitPane.Divider> dividers = workspace.getDividers();
        if (dividers.isEmpty()) {
            return;
        }
        if (workspace.getItems().contains(left)) {
            sizes.setLeftWidth(dividers.get(0).getPosition() * width);
        }
        if (workspace.getItems().contains(properties)) {
            sizes.setPropertiesWidth((1 - dividers.get(dividers.size() - 1).getPosition()) * width);
        }
    }

    private void saveChainsHeight() {
        if (left.getItems().size() == 2 && left.getHeight() > 0) {
            sizes.setChainsHeight((1 - left.getDividers().get(0).getPosition()) * left.getHeight());
        }
    }

    /**
     * Calls {@code save} whenever a divider of {@code pane} moves after the window is laid out, not
     * while arranging. One listener per divider: the split pane makes new dividers when its items
     * change, and a divider that is gone lets go of it.
     */
    private void saveWhenDragged(SplitPane pane, Runnable save) {
        ChangeListener<Number> moved = (obs, was, now) -> {
            if (applied && !arranging) {
                save.run();
            }
        };
        pane.getDividers().forEach(divider -> divider.positionProperty().addListener(moved));
        pane.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(divider -> divider.positionProperty().removeListener(moved));
                change.getAddedSubList().forEach(divider -> {
                    divider.positionProperty().removeListener(moved);
                    divider.positionProperty().addListener(moved);
                });
            }
        });
    }
}
