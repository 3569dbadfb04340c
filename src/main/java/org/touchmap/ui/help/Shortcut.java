package org.touchmap.ui.help;

/** One line of the shortcut list: where the command lives (a menu, or the map), what it does, and its keys. */
public record Shortcut(String group, String action, String keys) {
}
