package org.touchmap.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file so that at every moment it holds either its old or its new content, whole,
 * and keeps the old content as {@code NAME.bak}. The new content goes to a temporary file in the
 * same folder (a rename is only atomic within one file system), is forced to disk, and is then
 * renamed over the file; the folder is forced too, so that the rename itself survives a crash.
 *
 * <p>The backup is a second name (a hard link) for the previous version, given before the new
 * version takes the file's name: that content is on disk already, so it is neither copied nor
 * forced again, and the new version never touches it, since it is always a new file renamed into
 * place. Where the file system has no hard links, the backup is a copy written like the file.
 */
public final class AtomicFileWriter {
    public static final String BACKUP_SUFFIX = ".bak";
    private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());

    /** Writes the content into an open temporary file; a seam so tests can fail a save midway. */
    @FunctionalInterface
    public interface ContentSink {
        void write(FileChannel channel, byte[] content) throws IOException;
    }

    /** Gives an existing file a second name; a seam so tests can do without hard links. */
    @FunctionalInterface
    public interface HardLinks {
        void link(Path link, Path existing) throws IOException;
    }

    private final ContentSink sink;
    private final HardLinks hardLinks;

    public AtomicFileWriter() {
        this(AtomicFileWriter::writeFully);
    }

    public AtomicFileWriter(ContentSink sink) {
        this(sink, Files::createLink);
    }

    public AtomicFileWriter(ContentSink sink, HardLinks hardLinks) {
        this.sink = sink;
        this.hardLinks = hardLinks;
    }

    /** Writes {@code content} to {@code file}; on failure the file and its backup are as before. */
    public void write(Path file, byte[] content) throws IOException {
        Path target = OutputTargets.resolve(file);
        Path folder = target.getParent();
        Path temp = writeTemporary(folder, target.getFileName().toString(), content);
        try {
            if (Files.exists(target)) {
                copyPermissions(target, temp);
                backUp(target);
            }
            replace(temp, target);
        } catch (IOException | RuntimeException e) {
            discard(temp, e);
            throw e;
        }
        forceFolder(folder);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private Path writeTemporary(Path folder, String name, byte[] content) throws IOException {
        Path temp = StaleTempFiles.temporaryName(folder, name);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            sink.write(channel, content);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            discard(temp, e);
            throw e;
        }
        return temp;
    }

    /** Either way the backup takes its name by an atomic rename, so a crash never leaves half a backup. */
    private void backUp(Path target) throws IOException {
        Path backup = backupOf(target);
        Path linked = linkedTemporary(target, backup);
        if (linked != null) {
            try {
                replace(linked, backup);
                return;
            } catch (NoSuchFileException e) {
                // The link carries the old file's date, so another window tidying stale temporary
                // files may take it away before the rename; the backup is copied instead.
            } catch (IOException | RuntimeException e) {
                discard(linked, e);
                throw e;
            }
        }
        Path temp = writeTemporary(target.getParent(), backup.getFileName().toString(), Files.readAllBytes(target));
        try {
            copyPermissions(target, temp);
            replace(temp, backup);
        } catch (IOException | RuntimeException e) {
            discard(temp, e);
            throw e;
        }
    }

    /**
     * A temporary second name for the file's current content, or null where the file system has
     * none (FAT, some network shares) or refuses one (Linux's protected hard links for a file of
     * another owner); the backup is then copied. Most failures of a link come as a
     * {@link FileSystemException}, a full disk or a read-only folder too: the copy then fails the
     * same way and the save with it.
     */
    private Path linkedTemporary(Path target, Path backup) throws IOException {
        Path temp = StaleTempFiles.temporaryName(target.getParent(), backup.getFileName().toString());
        try {
            hardLinks.link(temp, target);
            return temp;
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.log(Level.FINE, e, () -> "No hard link for the backup of " + target + "; copying it");
            return null;
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new version, and a copied backup, keep who may read the file; a fresh temporary file gets
     * the process's default permissions, which may let others read a file that was private.
     */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    private static void discard(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder; the rename is done, only its durability is up to the OS.
        }
    }

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
