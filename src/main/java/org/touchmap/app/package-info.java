/**
 * Where Touchmap starts. {@link org.touchmap.app.Launcher} is the jar's main class and decides from
 * the arguments alone what this run is: no arguments or existing map files open the editor
 * ({@link org.touchmap.ui.TouchmapApp}); a command, an option or anything else goes to the command
 * line in {@code org.touchmap.app.cli}, which needs no display.
 *
 * <p>This is the top layer: it may use every package below it, and nothing uses it. The launcher is
 * deliberately not a JavaFX application, so the fat jar starts without the JavaFX module path. The
 * editor's own wiring (main window, panels, menus, autosave) lives in {@code org.touchmap.ui}.
 */
package org.touchmap.app;
