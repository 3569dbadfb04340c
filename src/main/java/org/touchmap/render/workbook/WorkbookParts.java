package org.touchmap.render.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import java.io.File;
import org.apache.poi.util.TempFileCreationStrategy;

import org.touchmap.io.files.StaleTempFiles;
import org.touchmap.io.files.UnfinishedFiles;

/**
 * Where the workbook's parts wait while it is written: a hidden folder beside the workbook, not the
 * system's temporary folder, which may be small or full when the workbook's own folder is not. The
 * folder goes when the workbook is written, when writing it fails, and when the process is asked to
 * stop midway ({@link UnfinishedFiles}).
 */
final class WorkbookParts {
    /** The parts' folder is POI's setting for the whole process: one workbook at a time. */
    private static final Object ONE_AT_A_TIME = new Object();

    static {
        // Once the process is asked to stop, a workbook still being written makes no new part: POI
        // would otherwise make the parts' folder again after it was removed.
        UnfinishedFiles.beforeRemoval(() -> TempFile.setTempFileCreationStrategy(new Stopping()));
    }

    /** Makes no file: the process is stopping. */
    private static final class Stopping implements TempFileCreationStrategy {
        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            throw new IOException("Touchmap is stopping");
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            throw new IOException("Touchmap is stopping");
        }
    }

    /** Writes a workbook. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    private WorkbookParts() {
    }

    /** Runs {@code writing} with the parts of the workbook kept in a hidden folder inside {@code folder}. */
    static void beside(Path folder, String workbookName, Writing writing) throws IOException {
        synchronized (ONE_AT_A_TIME) {
            // What an export killed outright left here an hour or more ago goes first; no hook ran for it.
            StaleTempFiles.delete(java.util.List.of(folder), StaleTempFiles.DEFAULT_AGE, java.time.Instant.now());
            Path name = StaleTempFiles.temporaryName(folder, workbookName + ".parts");
            Path parts;
            try {
                parts = Files.createDirectory(name);
            } catch (IOException | UnsupportedOperationException e) {
                // A folder that takes no new entry fails the workbook's own file too, and that
                // failure names the file the person chose; the parts then wait where POI puts them.
                UnfinishedFiles.ended(name);
                writing.run();
                return;
            }
            try {
                TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(parts.toFile()));
                writing.run();
            } finally {
                TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
                UnfinishedFiles.remove(parts);
                UnfinishedFiles.ended(parts);
            }
        }
    }
}
