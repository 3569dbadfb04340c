package org.touchmap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
 * Every key of the editor has one handler: the map's own keys ({@link CanvasKeymap}) and the
 * menus' shortcuts, listed together, name no key twice. A key with two handlers is decided by
 * which handler was installed first, which is how Delete once took two paths.
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
    void noKeyHasTwoHandlers(FxRobot robot) {
        Map<String, String> handlers = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (CanvasKeymap.Binding binding : fixture.window.editing().keymap().bindings()) {
            claim(handlers, twice, binding.keys().asCombination(), "map: " + binding.purpose());
        }
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        menus.getMenus().forEach(menu -> collect(menu, items));
        for (MenuItem item : items) {
            if (item.getAccelerator() != null) {
                claim(handlers, twice, item.getAccelerator(), "menu: " + item.getText());
            }
        }

        assertTrue(handlers.size() > 40, "the map's keys and the menus' shortcuts were listed: " + handlers.keySet());
        assertEquals(List.of(), twice);
        assertTrue(handlers.get("Delete").startsWith("menu: "), "Delete is the menu's: " + handlers.get("Delete"));
        assertTrue(handlers.get("Esc").startsWith("map: "), "Escape is the map's: " + handlers.get("Esc"));
    }

    @Test
    void aKeyBoundTwiceIsRefused() {
        CanvasKeymap keymap = new CanvasKeymap();
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "let go", event -> true);

        assertThrows(IllegalStateException.class,
                () -> keymap.bind(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "end the tool", event -> true));
    }

    private static void claim(Map<String, String> handlers, List<String> twice, KeyCombination keys, String handler) {
        // The key's name, not its display text: Ctrl with numeric plus and with plus both show as Ctrl++.
        String key = keys.getName();
        String earlier = handlers.putIfAbsent(key, handler);
        if (earlier != null) {
            twice.add(key + ": " + earlier + " and " + handler);
        }
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
