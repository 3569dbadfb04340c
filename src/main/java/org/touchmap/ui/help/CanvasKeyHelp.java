package org.touchmap.ui.help;

import java.util.List;

import org.touchmap.ui.i18n.Messages;

/**
 * The keys of the map itself that no menu item carries: moving cards, typing cards in, panning.
 * They are handled by the canvas's keyboard (CanvasKeys and the fast entry); a key added there
 * is described here, in the same words in every language.
 */
final class CanvasKeyHelp {
    private CanvasKeyHelp() {
    }

    static List<Shortcut> shortcuts() {
        String group = Messages.get("shortcuts.group.map");
        return List.of(
                new Shortcut(group, Messages.get("shortcuts.map.type"), Messages.get("shortcuts.keys.type")),
                new Shortcut(group, Messages.get("shortcuts.map.tab"), "Tab, Shift+Tab"),
                new Shortcut(group, Messages.get("shortcuts.map.nudge"), "\u2190 \u2191 \u2192 \u2193"),
                new Shortcut(group, Messages.get("shortcuts.map.nudgeFar"), "Shift+\u2190 \u2191 \u2192 \u2193"),
                new Shortcut(group, Messages.get("shortcuts.map.escape"), "Esc"),
                new Shortcut(group, Messages.get("shortcuts.map.pan"), Messages.get("shortcuts.keys.pan")),
                new Shortcut(group, Messages.get("shortcuts.map.zoom"), Messages.get("shortcuts.keys.zoom")));
    }
}
