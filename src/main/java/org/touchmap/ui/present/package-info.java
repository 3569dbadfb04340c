/**
 * Presenter mode (F5): the map alone on a full screen for a workshop or a class, revealed stage by
 * stage or along one chain, the newest cards glowing and the active chain's emotion curve growing
 * with them; leaving puts the window back as it was. The entry point is
 * {@link org.touchmap.ui.present.PresenterMode}; the steps come from
 * {@link org.touchmap.analysis.RevealOrder}, and the canvas itself fades what a
 * {@link org.touchmap.analysis.RevealStep} has not revealed yet.
 *
 * <p>While presenting, this package's keys come before the menus and the canvas's keys, so a stray
 * key changes nothing; only after E do ratings, renames and undo act, through the same edits as
 * elsewhere ({@link org.touchmap.ui.properties.RatingEdits}). Badges, search marks and a focus are
 * set aside by {@code QuietWhilePresenting} in {@code org.touchmap.ui}.
 */
package org.touchmap.ui.present;
