package org.touchmap.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The temporary files and folders of writes in progress, removed when the process is asked to
 * stop before they are done (a terminal's Ctrl+C, {@code kill}, the session ending): such a write
 * leaves nothing behind. A process killed outright runs no code at all; what it leaves is tidied
 * later by {@link StaleTempFiles}.
 */
public final class UnfinishedFiles {
    /** Past this many, entries whose write has ended are forgotten, so a long session keeps few. */
    private static final int FORGET_ENDED_AFTER = 256;
    private static final Set<Path> TRACKED = ConcurrentHashMap.newKeySet();
    /** What stops writes that are still running from making new files, before the tidying starts. */
    private static final List<Runnable> STOP_CREATING = new CopyOnWriteArrayList<>();
    /**
     * Passes over a folder being removed: a write still running when the process is asked to stop
     * may add a file while the folder is emptied, and the next pass takes it.
     */
    private static final int REMOVAL_PASSES = 5;
    private static final long PAUSE_BETWEEN_PASSES_MILLIS = 20;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedFiles::removeAll, "touchmap-unfinished-files"));
    }

    private UnfinishedFiles() {
    }

    /** Remembers {@code path}, a file or folder a write is about to create, until the write ends. */
    public static Path track(Path path) {
        if (TRACKED.size() > FORGET_ENDED_AFTER) {
            TRACKED.removeIf(tracked -> !Files.exists(tracked));
        }
        TRACKED.add(path);
        return path;
    }

    /**
     * Registers what stops a kind of write from making new files (e.g. the workbook's parts), run
     * when the process is asked to stop, before anything is removed.
     */
    public static void beforeRemoval(Runnable stopCreating) {
        STOP_CREATING.add(stopCreating);
    }

    /** Forgets {@code path}: its write has ended, renamed into place or removed. */
    public static void ended(Path path) {
        TRACKED.remove(path);
    }

    /** Removes every tracked file and folder that is still there; what cannot be removed stays. */
    static void removeAll() {
        for (Runnable stop : STOP_CREATING) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // The process is ending; the removal below still does what it can.
            }
        }
        for (Path path : List.copyOf(TRACKED)) {
            remove(path);
        }
    }

    /** Removes a file, or a folder with everything in it. */
    public static void remove(Path path) {
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException | RuntimeException e) {
                // Nothing to tell: the process is ending, or StaleTempFiles tidies it later.
            }
            return;
        }
        for (int pass = 0; pass < REMOVAL_PASSES; pass++) {
            if (pass > 0) {
                if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                pause();
            }
            removeTree(path);
        }
    }

    private static void removeTree(Path path) {
        try (Stream<Path> inside = Files.walk(path)) {
            inside.sorted(Comparator.reverseOrder()).forEach(each -> {
                try {
                    Files.deleteIfExists(each);
                } catch (IOException | RuntimeException e) {
                    // As above.
                }
            });
        } catch (IOException | RuntimeException e) {
            // As above.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_BETWEEN_PASSES_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
