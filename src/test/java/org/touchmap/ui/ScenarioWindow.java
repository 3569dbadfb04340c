package org.touchmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.BackingStoreException;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.Touchpoint;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real main window for scenario tests, in English, with no file dialogs and a throwaway
 * preferences node; helpers find cards and headers by the names a person reads and turn their
 * places on the map into screen points, refusing points the person could not see.
 */
final class ScenarioWindow {
    private static final ResourceBundle STRUCTURE =
            ResourceBundle.getBundle("org.touchmap.ui.structure.structure", Locale.ENGLISH);

    final MainWindow window;
    final Stage stage;
    private final WindowHarness harness;

    ScenarioWindow(Stage stage, Document initial) {
        harness = new WindowHarness(stage);
        this.stage = stage;
        window = harness.window;
        window.show(initial);
    }

    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    /** Text of the main window's own menus and buttons. */
    static String text(String key) {
        return Messages.get(key);
    }

    /** Text of the Structure menu and the structure gestures. */
    static String structureText(String key) {
        return STRUCTURE.getString(key);
    }

    Document document() {
        return window.documentProperty().get();
    }

    JourneyMap map() {
        return document().map();
    }

    Touchpoint card(String name) {
        List<Touchpoint> named = map().touchpoints().stream().filter(tp -> tp.name().equals(name)).toList();
        assertEquals(1, named.size(), () -> "exactly one card named \"" + name + "\" in " + map().touchpoints());
        return named.get(0);
    }

    String stageId(String name) {
        return map().stages().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(org.touchmap.model.Stage::id).orElseThrow(() -> new AssertionError("no stage " + name));
    }

    /** Waits for pending events, then lays the scene out, so side panels show the latest selection. */
    void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    Point2D cardCentre(String name) {
        Rect box = layout().card(card(name).id()).orElseThrow().bounds();
        return visible(box.centerX(), box.centerY());
    }

    /** The connection handle of a card: the middle of its right edge. */
    Point2D cardHandle(String name) {
        Rect box = layout().card(card(name).id()).orElseThrow().bounds();
        return visible(box.maxX(), box.centerY());
    }

    Point2D stageHeader(String stageName) {
        Rect header = column(stageName).header();
        return visible(header.centerX(), header.y() + header.height() * 0.75);
    }

    /** A point in a stage's cell of the map's first lane, {@code dx}, {@code dy} from the cell's corner. */
    Point2D cellPoint(String stageName, double dx, double dy) {
        Rect cell = layout().cell(stageId(stageName), map().lanes().get(0).id()).orElseThrow();
        return visible(cell.x() + dx, cell.y() + dy);
    }

    StageColumn column(String stageName) {
        String id = stageId(stageName);
        return layout().columns().stream().filter(c -> c.stageId().equals(id)).findFirst().orElseThrow();
    }

    /** Every link's ends exist, every card's stage and lane exist, no id is used twice. */
    void assertConsistent(String when) {
        assertEquals(List.of(), MapInvariants.problems(map()), when);
    }

    private MapLayout layout() {
        return window.canvas().mapLayout();
    }

    /** The screen point of a map point, which must lie in the visible part of the canvas. */
    private Point2D visible(double mapX, double mapY) {
        Point2D screen = window.canvas().mapContent().localToScreen(mapX, mapY);
        Node viewport = window.canvas().lookup(".map-scroll-pane > .viewport");
        Bounds shown = viewport.localToScreen(viewport.getLayoutBounds());
        assertTrue(shown.contains(screen), () -> "the map point " + mapX + ", " + mapY
                + " is outside the visible part of the canvas " + shown);
        return screen;
    }
}
