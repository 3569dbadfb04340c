/**
 * Keyboard shortcuts that work whatever the keyboard layout.
 * {@link org.touchmap.ui.keys.PhysicalKeys} turns a key event into the Latin letter key in its
 * place, so single-letter and Ctrl shortcuts act the same on a Russian or Serbian Cyrillic layout as
 * on an English one, even where the platform reports only the Cyrillic letter typed.
 *
 * <p>It says which key was pressed, never what a key does: the canvas's keys and fast entry in
 * {@code org.touchmap.ui.canvas}, presenter mode, the dot vote and the menu accelerators (through
 * {@code org.touchmap.ui.ShortcutsOnAnyLayout}) ask here and keep their own bindings. The list of
 * shortcuts a person reads is in {@code org.touchmap.ui.help}. It uses JavaFX key events and the
 * interface language from {@code org.touchmap.ui.i18n}; nothing below the ui may use it.
 */
package org.touchmap.ui.keys;
