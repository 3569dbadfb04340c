package org.touchmap.ui;

import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.document.RecentFiles;
import org.touchmap.ui.document.Samples;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

/**
 * The real main window for tests, in English (unless told otherwise) and with the application's theme, showing the bundled
 * sample in that language. Its recent files go to a throwaway preferences node; file choosers answer from a supplier.
 */
final class WindowHarness {
    final Stage stage;
    final MainWindow window;
    private final Preferences preferences;
    private final FilePicker picker;

    /** A window whose file choosers are always cancelled. */
    WindowHarness(Stage stage) {
        this(stage, () -> null);
    }

    /** A window whose open and save choosers pick {@code chosenFile} (cancelled when it gives {@code null}). */
    WindowHarness(Stage stage, Supplier<Path> chosenFile) {
        this(stage, chosenFile, Locale.ENGLISH);
    }

    /** A window in another language, whose file choosers are always cancelled. */
    WindowHarness(Stage stage, Locale language) {
        this(stage, () -> null, language);
    }

    private WindowHarness(Stage stage, Supplier<Path> chosenFile, Locale language) {
        Messages.setLocale(language);
        // The theme the application runs with: the window's colours and sizes come from it.
        Application.setUserAgentStylesheet(AppTheme.STYLESHEET);
        this.stage = stage;
        preferences = Preferences.userRoot().node("org/touchmap/test/" + UUID.randomUUID());
        picker = new FilePicker() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                return Optional.ofNullable(chosenFile.get());
            }

            @Override
            public Optional<Path> chooseToExport(Window owner, Path folder, String suggestedName, String filterName,
                                                 String extension) {
                return Optional.ofNullable(chosenFile.get());
            }

            @Override
            public Optional<Path> chooseWorkbook(Window owner, Path folder) {
                return Optional.ofNullable(chosenFile.get());
            }
        };
        window = new MainWindow(stage, picker, new RecentFiles(preferences));
        window.show(new Document(Samples.load(Samples.MEDICAL_CLINIC, language), null));
    }

    /** The file choosers of this window, for a second window in the same test. */
    FilePicker picker() {
        return picker;
    }

    /** Where this window keeps its recent files and settings, for a second window that shares them. */
    Preferences preferences() {
        return preferences;
    }

    JourneyMap map() {
        return window.document().map();
    }

    /**
     * Zooms the map to fit the window, as a person does to see all of it: only the cards near the
     * view are in the scene, so a look-up of every card needs the whole map in view.
     */
    void showWholeMap(FxRobot robot) {
        robot.interact(() -> window.canvas().navigation().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A point of the map (pixels at 100 %) on the screen. */
    Point2D onScreen(double mapX, double mapY) {
        return window.canvas().mapContent().localToScreen(mapX, mapY);
    }

    /** The centre of a box of the map on the screen. */
    Point2D onScreen(Rect box) {
        return onScreen(box.x() + box.width() / 2, box.y() + box.height() / 2);
    }

    /**
     * Asks for the context menu at the centre of a box of the map, as a right click does on a
     * desktop. The headless test platform does not turn right clicks into such requests, so the
     * test sends one to the node under the point, from where it bubbles up as a real one does.
     */
    void requestContextMenu(FxRobot robot, Rect box) {
        Point2D screen = onScreen(box);
        robot.interact(() -> {
            Node content = window.canvas().mapContent();
            Point2D scene = content.localToScene(box.x() + box.width() / 2, box.y() + box.height() / 2);
            Node target = robot.lookup(node -> node.isVisible() && node.getScene() != null
                    && node.localToScene(node.getBoundsInLocal()).contains(scene)
                    && isInside(node, content)).query();
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Call after each test. */
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }
}
