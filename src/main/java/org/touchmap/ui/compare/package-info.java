/**
 * How the open map differs from an earlier one: a snapshot kept in the map file, or another map
 * file. The open map is always the side "after", and may still be edited while compared.
 *
 * <p>{@link org.touchmap.ui.compare.Comparing} is the entry point for File → Snapshots… and File →
 * Compare with map…; the snapshots dialog takes, renames and deletes snapshots, each an undoable
 * command ({@link org.touchmap.edit.TakeSnapshot} and its kin).
 * {@link org.touchmap.ui.compare.ComparisonWindow} shows both maps on read-only canvases with the
 * list of changes, and {@link org.touchmap.ui.compare.ChangeOverlay} marks added, re-rated and
 * moved cards in a badge layer of the editor's canvas until that window closes. The changes come
 * from {@link org.touchmap.analysis.MapDiff}, as for the command line's {@code diff}.
 */
package org.touchmap.ui.compare;
