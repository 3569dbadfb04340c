package org.touchmap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, as far as reading and writing files is concerned. Only an ordinary file may
 * be read or replaced: reading a named pipe blocks until someone writes to it, a device such as
 * {@code /dev/zero} never ends, and renaming a new file over any of them destroys what was there.
 */
public enum FileKind {
    MISSING("nothing"),
    FILE("an ordinary file"),
    FOLDER("a folder"),
    PIPE("a named pipe"),
    DEVICE("a device"),
    SOCKET("a socket"),
    OTHER("something other than a file");

    private static final int TYPE_MASK = 0170000;
    private static final int PIPE_TYPE = 0010000;
    private static final int CHARACTER_DEVICE_TYPE = 0020000;
    private static final int BLOCK_DEVICE_TYPE = 0060000;
    private static final int SOCKET_TYPE = 0140000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** In English, with its article: "a named pipe". */
    public String description() {
        return description;
    }

    /** What {@code path} names, following symbolic links; never opens it. */
    public static FileKind of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        return special(path);
    }

    private static FileKind special(Path path) {
        try {
            // Only POSIX file systems tell the kind; elsewhere "not a file" is all there is to say.
            Object mode = Files.getAttribute(path, "unix:mode", new LinkOption[0]);
            return switch (((Integer) mode) & TYPE_MASK) {
                case PIPE_TYPE -> PIPE;
                case CHARACTER_DEVICE_TYPE, BLOCK_DEVICE_TYPE -> DEVICE;
                case SOCKET_TYPE -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return OTHER;
        }
    }
}
