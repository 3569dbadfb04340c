/**
 * The property panel on the right of the canvas: a form for whatever the selection is about (the
 * map and its persona, a stage, a lane, a chain, one card or several), with the rating as three
 * large buttons, the channel, criteria scores and metrics. With several cards an edit goes to all
 * of them, and a field where they differ shows "mixed values".
 *
 * <p>The entry point is {@link org.touchmap.ui.properties.PropertyPanel}. Its fields go through the
 * {@code edit} package's properties ({@link org.touchmap.edit.ElementProperty} and its kin), each
 * committed edit is one command on the document's stack, and the panel reads the map again after
 * every change, undo included. The menu, canvas and presenter mode rate cards through
 * {@link org.touchmap.ui.properties.RatingEdits} and {@link org.touchmap.ui.properties.RatingKeys}
 * (Alt+1, 2, 3, 0), kept here beside the rating buttons.
 */
package org.touchmap.ui.properties;
