package org.touchmap.ui.present;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Puts the map alone on the screen and back. While presenting, the map area (canvas and emotion
 * strip) leaves its place in the window for a full-screen root of its own, so menu, toolbar,
 * side panels and status line are simply not there; a placeholder keeps its slot, and leaving
 * puts everything back as it was: the root, the panels' dividers, and whether the window was
 * full screen.
 */
final class PresenterScreen {
    private final Stage stage;
    private final Region placeholder = new Region();
    private Parent windowRoot;
    private Node mapArea;
    private VBox areaHolder;
    private Priority growBefore;
    private SplitPane split;
    /** The area's parent when it is not in a split pane, e.g. in a window without side panels. */
    private Pane plainParent;
    private int slot;
    private double[] dividers;
    private boolean wasFullScreen;
    private KeyCombination exitKeyBefore;
    private String exitHintBefore;

    PresenterScreen(Stage stage) {
        this.stage = stage;
    }

    /**
     * Takes {@code area} out of the window to the top of {@code holder}, where it takes the height
     * left, and shows {@code presenterRoot}, which holds the holder, full screen.
     */
    void enter(Node area, VBox holder, Pane presenterRoot) {
        Scene scene = stage.getScene();
        windowRoot = scene.getRoot();
        mapArea = area;
        split = splitPaneHolding(area);
        if (split != null) {
            dividers = split.getDividerPositions();
            slot = split.getItems().indexOf(area);
            split.getItems().set(slot, placeholder);
        } else if (area.getParent() instanceof Pane parent) {
            plainParent = parent;
            slot = parent.getChildren().indexOf(area);
            parent.getChildren().set(slot, placeholder);
        }
        growBefore = VBox.getVgrow(area);
        VBox.setVgrow(area, Priority.ALWAYS);
        holder.getChildren().add(0, area);
        areaHolder = holder;
        scene.setRoot(presenterRoot);
        wasFullScreen = stage.isFullScreen();
        exitKeyBefore = stage.getFullScreenExitKeyCombination();
        exitHintBefore = stage.getFullScreenExitHint();
        // Escape leaves presenter mode as a whole; the platform's own exit key would only leave full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }

    /** Puts the map area back in its place and the window as it was. */
    void leave() {
        stage.getScene().setRoot(windowRoot);
        areaHolder.getChildren().remove(mapArea);
        VBox.setVgrow(mapArea, growBefore);
        if (split != null) {
            split.getItems().set(slot, mapArea);
            split.setDividerPositions(dividers);
        } else if (plainParent != null) {
            plainParent.getChildren().set(slot, mapArea);
        }
        stage.setFullScreen(wasFullScreen);
        stage.setFullScreenExitKeyCombination(exitKeyBefore);
        stage.setFullScreenExitHint(exitHintBefore);
        if (split != null) {
            // The split pane places its dividers again once it is laid out in the window.
            SplitPane restored = split;
            double[] positions = dividers;
            Platform.runLater(() -> restored.setDividerPositions(positions));
        }
    }

    private static SplitPane splitPaneHolding(Node area) {
        for (Node parent = area.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof SplitPane pane && pane.getItems().contains(area)) {
                return pane;
            }
        }
        return null;
    }
}
