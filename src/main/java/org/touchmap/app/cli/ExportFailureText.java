package org.touchmap.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.touchmap.io.files.DiskSpace;
import org.touchmap.io.OneLine;

/**
 * The one line for an export that could not be written, with the advice that helps for that
 * failure alone: a picture too large says how to make it smaller, a missing folder asks for the
 * folder, a full disk asks for space; only a failure nobody can tell apart gets all the advice.
 */
final class ExportFailureText {
    private ExportFailureText() {
    }

    static String of(Path file, Exception failure) {
        String where = "error: " + OneLine.of(file.toString()) + ": ";
        String detail = OneLine.of(String.valueOf(failure.getMessage()));
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            // The limits of pictures and pages: the message names the limit and what to change.
            return where + detail;
        }
        if (failure instanceof NoSuchFileException) {
            return where + "the folder does not exist — create it, or give a path in a folder that exists";
        }
        if (failure instanceof AccessDeniedException) {
            return where + "no permission to write there — give a path in a folder you may write to";
        }
        if (DiskSpace.ranOut(file, failure)) {
            return where + "the disk is full — free some space, or write to another disk";
        }
        return where + "cannot be written (" + detail + ")"
                + " — check that the folder exists and can be written to, and that there is free space";
    }
}
