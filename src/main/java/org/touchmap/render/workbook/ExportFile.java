package org.touchmap.render.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an export so that the target file is never half written: the content goes to a hidden
 * temporary file in the same folder, is forced to disk, and is renamed over the target. On any
 * failure the temporary file is removed and an existing target stays as it was. Unlike a map save,
 * no backup is kept: an export can always be made again.
 */
final class ExportFile {
    /** Writes the content into an open stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("There is no folder " + folder + " to write " + file.getFileName() + " in");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder, not a file");
        }
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
