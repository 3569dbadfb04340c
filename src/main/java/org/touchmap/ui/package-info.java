/**
 * The editor's window and its composition: {@link org.touchmap.ui.TouchmapApp} starts the
 * application, {@link org.touchmap.ui.MainWindow} builds one window from the parts in the
 * subpackages (canvas, panels, dialogs) and wires them to the open document; the menus, toolbar
 * and their commands ({@code MainActions}, {@code MainMenus}, {@code WindowCommands}), where the
 * parts sit ({@code MainLayout}, {@code SidePanels}), the status line, the window's theme and icons,
 * and the keys that must work on any keyboard layout ({@code ShortcutsOnAnyLayout},
 * {@code TextFieldKeys}) live here.
 *
 * <p>The document's life (open, save, autosave, recovery) is in {@link org.touchmap.ui.document};
 * the map on screen in {@link org.touchmap.ui.canvas}; every change goes through a command of
 * {@code org.touchmap.edit} on the document's stack. This is the only layer that knows JavaFX,
 * together with {@code org.touchmap.app}, which starts it.
 */
package org.touchmap.ui;
