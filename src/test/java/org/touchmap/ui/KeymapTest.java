package org.touchmap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.touchmap.ui.canvas.CanvasKeymap;
import org.touchmap.ui.document.Samples;
import org.touchmap.ui.editor.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every key has one handler: the map's keys are one keymap ({@link CanvasKeymap}) that refuses a
 * key bound twice, no shortcut names two menu items, and the menu shortcuts the map answers
 * itself are a known list. A key with two handlers was decided by which was installed first,
 * which is how Delete once took two paths.
 */
@ExtendWith(ApplicationExtension.class)
class KeymapTest {
    private ScenarioWindow fixture;

    @Start
    void start(Stage stage) {
        fixture = new ScenarioWindow(stage, new Document(Samples.load(Samples.MEDICAL_CLINIC), null));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void noKeyHasTwoHandlersAndTheMenuShortcutsTheMapAnswersAreKnown(FxRobot robot) {
        Map<String, String> map = new HashMap<>();
        for (CanvasKeymap.Binding binding : fixture.window.editing().keymap().bindings()) {
            assertNull(map.put(binding.keys().asCombination().getName(), binding.purpose()), "bound once: " + binding);
        }
        Map<String, String> menus = new HashMap<>();
        List<String> twice = new ArrayList<>();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        for (MenuItem item : items) {
            if (item.getAccelerator() != null) {
                String earlier = menus.putIfAbsent(item.getAccelerator().getName(), item.getText());
                if (earlier != null) {
                    twice.add(item.getAccelerator().getName() + ": " + earlier + " and " + item.getText());
                }
            }
        }
        assertEquals(List.of(), twice, "no shortcut names two menu items");

        // The map answers these menu shortcuts itself while it has the keyboard, with the same
        // commands, and consumes them so the menu's never run as well.
        java.util.Set<String> shared = new java.util.TreeSet<>(map.keySet());
        shared.retainAll(menus.keySet());
        assertEquals(new java.util.TreeSet<>(List.of("Delete", "F2", "Shortcut+A", "Shortcut+C", "Shortcut+V",
                "Shortcut+D", "Shortcut+Plus", "Shortcut+Minus", "Shortcut+0")), shared);
        assertTrue(map.size() > 20 && menus.size() > 20, map.keySet() + " / " + menus.keySet());
    }

    @Test
    void f2OpensTheSelectedCardsNameInAFieldThatCanBeSeenTheFirstTime(FxRobot robot) {
        robot.clickOn(fixture.cardCentre("Search results and maps"));
        robot.type(KeyCode.F2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextField field = robot.lookup(".in-place-editor")
                .queryAs(javafx.scene.control.TextField.class);
        assertTrue(field.isFocused(), "the name is open for typing");
        assertTrue(field.getHeight() > 10 && field.getWidth() > 50,
                "the field can be seen: " + field.getWidth() + " x " + field.getHeight());
        assertEquals("Search results and maps", field.getText());
        assertEquals("Search results and maps", field.getSelectedText(), "typing replaces the whole name");
        assertEquals(0, field.getCaretPosition(), "the start of the name is in view");
    }

    @Test
    void aKeyBoundTwiceIsRefused() {
        CanvasKeymap keymap = new CanvasKeymap();
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "let go", event -> true);

        assertThrows(IllegalStateException.class,
                () -> keymap.bind(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "end the tool", event -> true));
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            into.add(item);
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            }
        }
    }
}
