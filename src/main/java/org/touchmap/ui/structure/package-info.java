/**
 * Editing a map's structure on the canvas, everything but the cards themselves: chain arrows
 * (connect cards from a card's handle or with the connect tool, pick and delete arrows) and stages
 * and lanes (select, add, rename in place, reorder and resize by dragging headers, delete after
 * asking about their cards, group stages into phases). Each change is one {@code edit} command,
 * such as {@link org.touchmap.edit.AddStage} or {@link org.touchmap.edit.UnlinkTouchpoints}.
 *
 * <p>The entry point is {@link org.touchmap.ui.structure.StructureEditing}: it installs the
 * gestures on a {@link org.touchmap.ui.canvas.MapCanvas} and gives the main window the Structure
 * menu, toolbar buttons and the chain panel of {@code org.touchmap.ui.chains}. Its keys (Delete,
 * F2, Escape for arrows, stages, lanes and the connect tool) get what the card keys of
 * {@code org.touchmap.ui.canvas} pass on.
 */
package org.touchmap.ui.structure;
