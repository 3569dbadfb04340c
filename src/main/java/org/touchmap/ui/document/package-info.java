/**
 * The life of an open map's document: new, open, save and save as with the questions that keep
 * work from being lost ({@link org.touchmap.ui.document.FileActions}), the recent files, the
 * bundled samples, a file changed or deleted by someone else
 * ({@link org.touchmap.ui.document.ExternalChanges}), the recovery copy kept while changes are
 * unsaved ({@link org.touchmap.ui.document.Autosave}) and the offer at start to restore what a
 * previous run left ({@link org.touchmap.ui.document.RecoveryOffer}).
 *
 * <p>The document itself (map, file, command stack) is {@code org.touchmap.ui.editor.Document};
 * reading and writing files is {@code org.touchmap.io}, recovery copies {@code org.touchmap.io.recovery}.
 * The main window ({@code org.touchmap.ui.MainWindow}) wires these to its menus.
 */
package org.touchmap.ui.document;
