package org.touchmap.io.files;

import org.touchmap.io.FileKind;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The one check made before anything is written, by every command line command and by the app's
 * save and export: an output is written only over an ordinary file or where nothing is yet, a
 * symbolic link is written through (so it stays a link), and no output may replace a file the
 * same work reads, under any name, including through the backup a map save keeps.
 */
public final class OutputTargets {
    /** As the operating systems do, give up on a chain of links this long: it is probably a loop. */
    private static final int MAX_LINKS = 40;

    private OutputTargets() {
    }

    /**
     * The file to write for {@code output}: the file at the end of its symbolic links, or the
     * path itself.
     *
     * @throws OutputRefusedException when something other than an ordinary file is there
     * @throws IOException when the links cannot be followed
     */
    public static Path resolve(Path output) throws IOException {
        // Asked of the whole chain first: the system follows links that only it can (/dev/stdout
        // leads through /proc/self/fd/1 to a pipe that has no path), and what it finds there decides.
        FileKind atTheEnd = FileKind.of(output);
        if (atTheEnd != FileKind.MISSING && atTheEnd != FileKind.FILE) {
            throw OutputRefusedException.notAFile(output, atTheEnd);
        }
        Path path = output.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(output.toString(), null, "too many levels of symbolic links");
            }
            // Not normalised: ".." after a linked folder means the link's parent, which only the file system knows.
            path = path.getParent().resolve(Files.readSymbolicLink(path));
        }
        FileKind kind = FileKind.of(path);
        if (kind != FileKind.MISSING && kind != FileKind.FILE) {
            throw OutputRefusedException.notAFile(output, kind);
        }
        return path;
    }

    /**
     * Refuses {@code output} when writing it would replace one of {@code inputs}: when it names
     * the same file, or, for a save that keeps the old content as {@code OUT.bak}, when that
     * backup is an input.
     */
    public static void requireApart(Path output, boolean keepsBackup, Collection<Path> inputs) throws IOException {
        Path target = resolve(output);
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw OutputRefusedException.isAnInput(output, input, false);
            }
            if (keepsBackup && Files.exists(target) && sameFile(AtomicFileWriter.backupOf(target), input)) {
                throw OutputRefusedException.isAnInput(output, input, true);
            }
        }
    }

    /** Whether two paths name one file: the same path, or (links and hard links included) the same file on disk. */
    public static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
