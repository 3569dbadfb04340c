/**
 * Every change to a journey map as an undoable {@link org.touchmap.edit.Command}, run through a
 * {@link org.touchmap.edit.CommandStack} that keeps undo and redo history, merges consecutive
 * moves of the same cards into one step and tells whether the map differs from the saved file.
 *
 * <p>Commands find their targets by id when they run, never by object reference, so a command
 * stays valid after the map has been changed and changed back by other commands. Each command
 * captures what it needs to undo at the moment it executes; executing it again (redo) captures
 * afresh. This package uses only {@code org.touchmap.model}; it knows nothing of files or screens.
 */
package org.touchmap.edit;
