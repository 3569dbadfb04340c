/**
 * Help inside the app, for someone learning Touchmap without a manual: Help → Getting started
 * ({@link org.touchmap.ui.help.GettingStarted}), six steps from an empty map to the analysis with
 * pictures of the real window in each language, and Help → Keyboard shortcuts
 * ({@link org.touchmap.ui.help.ShortcutsWindow}), a window that can stay open beside the map.
 *
 * <p>{@link org.touchmap.ui.help.ShortcutList} reads the shortcuts from the menus' own accelerators,
 * so the list cannot drift from the keys, then adds the keys of the map that no menu carries; those
 * are handled in {@code org.touchmap.ui.canvas}, and a key added there is described here too. Which
 * physical key a shortcut is belongs to {@code org.touchmap.ui.keys}. The Help menu, through
 * {@code org.touchmap.ui.WindowCommands}, and the start page's links ({@code org.touchmap.ui.start})
 * open these windows; the About dialog is {@code org.touchmap.ui.AboutDialog}.
 */
package org.touchmap.ui.help;
