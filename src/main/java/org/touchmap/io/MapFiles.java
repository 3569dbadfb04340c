package org.touchmap.io;

import org.touchmap.io.json.ElementLimits;
import org.touchmap.io.files.AtomicFileWriter;
import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens and saves {@code .cjm} map files. Opening never writes; saving replaces the file
 * atomically and keeps the previous version as {@code FILE.cjm.bak}. Every failure is one
 * {@link MapFileException} with a message for a person.
 */
public final class MapFiles {
    /** The extension of map files, without the dot. */
    public static final String EXTENSION = "cjm";

    private MapFiles() {
    }

    /**
     * Reads the map in {@code file}.
     *
     * @throws MapFileException when the file is missing, unreadable, too large or not a map this version can read
     */
    public static JourneyMap load(Path file) throws MapFileException {
        return MapJson.read(readLimited(file), file.toString());
    }

    /**
     * Writes {@code map} to {@code file} as it is (timestamps are the caller's business), keeping
     * the file's previous content as {@code FILE.bak}.
     *
     * @throws MapFileException when the file cannot be written; the previous file is then unchanged
     */
    public static void save(JourneyMap map, Path file) throws MapFileException {
        save(map, file, new AtomicFileWriter());
    }

    static void save(JourneyMap map, Path file, AtomicFileWriter writer) throws MapFileException {
        String name = file.toString();
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw MapFileException.of(name, ProblemKind.FILE_IS_FOLDER);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw MapFileException.of(name, ProblemKind.SAVE_NO_FOLDER, String.valueOf(folder));
        }
        // A map beyond the element limits or larger than a file may be could never be opened again;
        // the file on disk stays as it was.
        ElementLimits.check(map, 0, name);
        byte[] content = MapJson.write(map);
        if (content.length > ReadLimits.MAX_FILE_BYTES) {
            throw MapFileException.of(name, ProblemKind.SAVE_TOO_LARGE, Long.toString(content.length),
                    Long.toString(ReadLimits.MAX_FILE_BYTES));
        }
        try {
            writer.write(file, content);
        } catch (OutputRefusedException e) {
            throw MapFileException.of(name, e, ProblemKind.SAVE_NOT_A_FILE);
        } catch (AccessDeniedException e) {
            throw MapFileException.of(name, e, ProblemKind.SAVE_DENIED, folder.toString());
        } catch (IOException e) {
            throw MapFileException.of(name, e, ProblemKind.SAVE_FAILED, describe(e));
        }
    }

    private static byte[] readLimited(Path file) throws MapFileException {
        String name = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw MapFileException.of(name, ProblemKind.FILE_IS_FOLDER);
            }
            if (!attributes.isRegularFile()) {
                // A named pipe would block the read until someone writes to it; a device may never end.
                throw MapFileException.of(name, ProblemKind.FILE_NOT_REGULAR);
            }
            if (attributes.size() > ReadLimits.MAX_FILE_BYTES) {
                throw tooLarge(name, attributes.size());
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may grow between the size check and the read; never read past the limit.
                byte[] content = in.readNBytes(ReadLimits.MAX_FILE_BYTES + 1);
                if (content.length > ReadLimits.MAX_FILE_BYTES) {
                    throw tooLarge(name, content.length);
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw MapFileException.of(name, e, ProblemKind.FILE_MISSING);
        } catch (IOException e) {
            throw MapFileException.of(name, e, ProblemKind.FILE_UNREADABLE, describe(e));
        }
    }

    private static MapFileException tooLarge(String name, long size) {
        return MapFileException.of(name, ProblemKind.FILE_TOO_LARGE, Long.toString(size),
                Long.toString(ReadLimits.MAX_FILE_BYTES));
    }

    /** The operating system's reason, without the path the message already names. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return ErrorText.quote(fse.getReason());
        }
        return ErrorText.quote(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
