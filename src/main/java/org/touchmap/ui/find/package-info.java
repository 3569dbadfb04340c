/**
 * Finding cards and keeping some of them in sight, without changing the map. The find bar above the
 * canvas ({@link org.touchmap.ui.find.SearchBar}, Ctrl+F) marks the cards that
 * {@link org.touchmap.analysis.MapSearch} finds and walks through them. View → Focus
 * ({@link org.touchmap.ui.find.FocusChoice}) keeps the negative, unrated or key-point cards, one
 * chain or one lane in sight and fades the rest; {@link org.touchmap.ui.find.FocusChip} shows the
 * focus in the status line with a button to clear it.
 *
 * <p>Which cards a {@link org.touchmap.analysis.Focus} keeps is decided in
 * {@code org.touchmap.analysis}; the marking and fading are drawn by the canvas
 * ({@code org.touchmap.ui.canvas}). Presenter mode sets both aside while it runs
 * ({@code QuietWhilePresenting} in {@code org.touchmap.ui}).
 */
package org.touchmap.ui.find;
