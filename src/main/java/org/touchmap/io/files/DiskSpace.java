package org.touchmap.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a write failed because the disk is full, which libraries report in words of their own. */
public final class DiskSpace {
    /** Below this much free space the disk counts as full: a picture or a workbook needs more. */
    private static final long FULL_BELOW_BYTES = 1 << 20;

    private DiskSpace() {
    }

    /** Whether writing {@code file} failed for want of space: the system said so, or the disk has almost none left. */
    public static boolean ranOut(Path file, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("No space left on device")) {
                return true;
            }
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.isDirectory(folder)
                    && Files.getFileStore(folder).getUsableSpace() < FULL_BELOW_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
