/**
 * Pure geometry of a drawn journey map. {@link org.touchmap.layout.MapLayouter} places the title,
 * persona band, phase band, stage columns, lane rows, cards and chain arrows into one immutable
 * {@link org.touchmap.layout.MapLayout}, in pixels at 100 % zoom. The canvas and every picture
 * export draw that same layout with the same {@link org.touchmap.layout.LayoutSettings},
 * {@link org.touchmap.layout.CardAnatomy} and {@link org.touchmap.layout.Palette}, which is why an
 * export looks like the screen.
 *
 * <p>It also answers the geometric questions of editing: where a dragged card lands
 * ({@link org.touchmap.layout.DropTarget}), how arrows follow cards during a drag, and where a
 * chain's emotion curve runs ({@link org.touchmap.layout.EmotionCurve}). It reads the model, uses no
 * JavaFX (AWT fonts only to measure text in the bundled DejaVu Sans), and is used by the ui, above
 * all {@code org.touchmap.ui.canvas}, and by {@code org.touchmap.render}, where the drawing happens.
 */
package org.touchmap.layout;
