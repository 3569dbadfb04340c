package org.touchmap.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a map file looked like when it was last read or written: its size, its last-modified
 * time and a SHA-256 of its bytes. Comparing two stamps by content tells whether someone else
 * changed the file; a file only touched (a new time, the same bytes) counts as unchanged, so
 * a backup tool or a {@code touch} never raises a question. A file that is not there has a
 * stamp too, {@link #missing()}, so that a deletion can be noticed and remembered.
 *
 * @param size         the file's length in bytes, or -1 when there is no file
 * @param lastModified when the file was last written, or {@link Instant#EPOCH} when there is no file
 * @param sha256       the hash of the file's bytes in lower-case hex, or empty when there is no file
 */
public record FileStamp(long size, Instant lastModified, String sha256) {
    private static final FileStamp MISSING = new FileStamp(-1, Instant.EPOCH, "");

    /** The stamp of a file that does not exist. */
    public static FileStamp missing() {
        return MISSING;
    }

    /**
     * Reads {@code file} and stamps it; a file that does not exist gets {@link #missing()}.
     *
     * @throws IOException when the file exists but cannot be read, or is a folder
     */
    public static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new IOException(file + " is a folder");
            }
            MessageDigest digest = sha256Digest();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            return new FileStamp(size, attributes.lastModifiedTime().toInstant(),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /**
     * The stamp of {@code file} as it is now, reading its bytes only when its size or time differ
     * from {@code known}: the window checks its file every time it comes to the front, and hashing
     * a large map each time would make that a wait. The same size and modification time are taken
     * as the same content, as backup and sync tools also take them.
     *
     * @throws IOException when the file exists but cannot be read, or is a folder
     */
    public static FileStamp of(Path file, FileStamp known) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isDirectory() && known.exists() && attributes.size() == known.size
                    && attributes.lastModifiedTime().toInstant().equals(known.lastModified)) {
                return known;
            }
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        return of(file);
    }

    /** Whether there was a file when this stamp was taken. */
    public boolean exists() {
        return size >= 0;
    }

    /**
     * Whether both stamps describe the same bytes (or both no file). The modification time is
     * left out on purpose: a file saved again with the same content has not changed for the person.
     */
    public boolean sameContentAs(FileStamp other) {
        return size == other.size && sha256.equals(other.sha256);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
