package org.touchmap.render;

import org.touchmap.io.files.OutputTargets;
import org.touchmap.io.files.StaleTempFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an export so that a failure never leaves half a file: the content goes to a temporary
 * file in the target's folder, is forced to disk and is then moved over the target in one step;
 * on any failure the temporary file is removed and an existing target stays as it was. Unlike
 * saving a map (see {@code io.AtomicFileWriter}) no backup is kept, since an export can always be
 * made again. Every export (pictures and the workbook) is written through here.
 */
public final class ExportFile {
    /** Writes the content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = OutputTargets.resolve(target);
        Path folder = absolute.getParent();
        // Not Files.createTempFile: its file is private to the owner, and the export would stay so.
        Path temp = StaleTempFiles.temporaryName(folder, absolute.getFileName().toString());
        FileChannel opened = open(temp, absolute);
        try {
            try (FileChannel channel = opened; OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Opens the temporary file. A missing or closed folder is reported for the file the person
     * chose, not for the temporary name they never saw.
     */
    private static FileChannel open(Path temp, Path target) throws IOException {
        try {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw withCause(new NoSuchFileException(target.toString(), null, "the folder does not exist"), e);
        } catch (AccessDeniedException e) {
            throw withCause(new AccessDeniedException(target.toString(), null, "no permission to write there"), e);
        }
    }

    private static IOException withCause(IOException reported, IOException cause) {
        reported.initCause(cause);
        return reported;
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
