package org.touchmap.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The keyboard shortcuts of the window, read from its menus' own accelerators, so the list
 * shows what the keys really do today and cannot drift from them; then the keys of the map
 * itself, which have no menu item ({@link CanvasKeyHelp}).
 */
public final class ShortcutList {
    private ShortcutList() {
    }

    public static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(plain(menu.getText()), menu, shortcuts);
        }
        shortcuts.addAll(CanvasKeyHelp.shortcuts());
        return shortcuts;
    }

    private static void collect(String group, Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(group, submenu, into);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                into.add(new Shortcut(group, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu text without its mnemonic mark or the ellipsis that says a dialog follows. */
    private static String plain(String text) {
        return text.replace("_", "").replace("\u2026", "").strip();
    }
}
