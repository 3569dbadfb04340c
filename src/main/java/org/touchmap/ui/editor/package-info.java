/**
 * What every view of the editor window shares: the open map as a
 * {@link org.touchmap.ui.editor.Document} (the map, its {@link org.touchmap.edit.CommandStack}, the
 * file it belongs to and that file's stamp, to notice when someone else changed it) and the
 * {@link org.touchmap.ui.editor.Selection} (selected cards, or one stage or lane, plus the active
 * chain that fast entry appends to). The selection holds ids, so it survives undo and redo.
 *
 * <p>The canvas, the property, structure and chain panels, presenter mode and the file actions read
 * these two and change the map only through the document's command stack, so undo, the unsaved mark
 * and redrawing on a new revision each have one home. Views hear of changes in one way,
 * {@link org.touchmap.ui.editor.MapChanges}, which follows whichever document is open. {@link org.touchmap.ui.MainWindow} makes the
 * selection and the file handling in {@code org.touchmap.ui} makes documents; the selected arrow
 * is kept apart, in {@link org.touchmap.ui.chains.LinkSelection}. This package uses {@code edit},
 * {@code io} (file stamps), the model and {@code ui.i18n}.
 */
package org.touchmap.ui.editor;
