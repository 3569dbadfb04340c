package org.touchmap.io.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deletes the temporary files that saves interrupted by a crash left behind ({@code .NAME.1a2b3c4d.tmp},
 * see {@link AtomicFileWriter}), and the folders in which a killed workbook export left its parts
 * ({@code .NAME.xlsx.parts.1a2b3c4d.tmp}). Only entries with exactly those name patterns and older
 * than a limit go: a younger one may be a save in progress in another window.
 */
public final class StaleTempFiles {
    /** How old a temporary file must be before it counts as left over: no save takes this long. */
    public static final Duration DEFAULT_AGE = Duration.ofHours(1);
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.[0-9a-f]{8}\\.tmp");
    /** The parts folder of a workbook being written; it holds only the library's own files. */
    private static final Pattern PARTS_FOLDER_NAME = Pattern.compile("\\..+\\.parts\\.[0-9a-f]{8}\\.tmp");

    private StaleTempFiles() {
    }

    /**
     * A fresh name in {@code folder} for the temporary file that becomes {@code name} once it is
     * whole. Every writer that renames a finished file into place (saves, exports, unpacked fonts)
     * takes its name here, so that what an interrupted write leaves is recognised and tidied.
     */
    public static Path temporaryName(Path folder, String name) {
        // Tracked from the start, so a process asked to stop midway removes it (UnfinishedFiles).
        return UnfinishedFiles.track(
                folder.resolve("." + name + "." + java.util.UUID.randomUUID().toString().substring(0, 8) + ".tmp"));
    }

    /** Whether {@code fileName} is the name the atomic writer gives its temporary files. */
    static boolean isTempName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /**
     * Deletes left-over temporary files older than {@code age} (at {@code now}) directly in each of
     * {@code folders}, and old parts folders with the files directly in them; never looks into other
     * subfolders, never follows links, never fails. Returns how many files and folders went.
     */
    public static int delete(Collection<Path> folders, Duration age, Instant now) {
        Instant cutoff = now.minus(age);
        int deleted = 0;
        Set<Path> distinct = new LinkedHashSet<>();
        folders.forEach(folder -> distinct.add(folder.toAbsolutePath().normalize()));
        for (Path folder : distinct) {
            deleted += deleteIn(folder, cutoff);
        }
        return deleted;
    }

    private static int deleteIn(Path folder, Instant cutoff) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                entry -> isTempName(entry.getFileName().toString()))) {
            for (Path file : files) {
                if (isOld(file, cutoff, false) && deleteQuietly(file)) {
                    deleted++;
                } else if (PARTS_FOLDER_NAME.matcher(file.getFileName().toString()).matches() && isOld(file, cutoff, true)) {
                    deleted += deletePartsFolder(file);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be read keeps its files; this is tidying, not work anyone waits for.
        }
        return deleted;
    }

    /** The files directly in a parts folder, then the folder if that left it empty. */
    private static int deletePartsFolder(Path parts) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(parts)) {
            for (Path file : files) {
                if (isOld(file, Instant.MAX, false) && deleteQuietly(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            return deleted;
        }
        return deleteQuietly(parts) ? deleted + 1 : deleted;
    }

    private static boolean isOld(Path entry, Instant cutoff, boolean folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean kind = folder ? attributes.isDirectory() : attributes.isRegularFile();
            return kind && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
