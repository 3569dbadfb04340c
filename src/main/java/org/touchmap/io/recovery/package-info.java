/**
 * The unsaved work of every open window, kept on disk so that a crash, a power cut or a killed
 * process loses at most a few seconds ({@link org.touchmap.io.recovery.RecoveryStore}, ADR 0009).
 * Each window session keeps one copy in the ordinary file format with a small note beside it;
 * {@link org.touchmap.io.recovery.ProcessLiveness} tells a copy of a running Touchmap from one a
 * crash left behind. The editor's autosave and the offer to restore at start
 * ({@code org.touchmap.ui.document.Autosave}, {@code org.touchmap.ui.document.RecoveryOffer}) use it.
 */
package org.touchmap.io.recovery;
