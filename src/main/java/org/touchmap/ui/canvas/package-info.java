/**
 * The canvas: the journey map as people see and edit it, with the phase band, stage and lane
 * headers, cards (the drawings of touchpoints), chain arrows and, below, the active chain's emotion
 * strip. All of it is placed by {@link org.touchmap.layout.MapLayouter}, as in the exports, so
 * screen and picture agree.
 *
 * <p>{@link org.touchmap.ui.canvas.MapCanvas} shows a map and
 * {@link org.touchmap.ui.canvas.CanvasNavigation} moves the view;
 * {@link org.touchmap.ui.canvas.CanvasEditing} adds the card gestures (select, drag, rename in
 * place, fast entry, copy and paste, catalog drops), each a small class that only picks the
 * {@code edit} command to run on the document's stack. Keys for cards are here; those for arrows,
 * stages, lanes and the connect tool are in {@code org.touchmap.ui.structure}, the card context
 * menus in {@code org.touchmap.ui}. Only what is near the view is drawn, so large maps stay smooth.
 */
package org.touchmap.ui.canvas;
