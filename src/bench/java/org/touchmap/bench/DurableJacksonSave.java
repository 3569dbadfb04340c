package org.touchmap.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Raw Jackson saving a tree with the same steps for durability as Touchmap's atomic save: the
 * previous content kept as the backup by a hard link renamed into place (a forced copy where there
 * are no hard links), the new content written to a temporary file that is forced to disk and
 * renamed into place, then the folder forced. What Touchmap's save costs beyond this is the
 * format's own work.
 */
final class DurableJacksonSave {
    private DurableJacksonSave() {
    }

    static void save(ObjectWriter writer, JsonNode tree, Path file) throws IOException {
        byte[] content = writer.writeValueAsBytes(tree);
        Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(file)) {
            Path backup = file.resolveSibling(file.getFileName() + ".bak");
            Path link = file.resolveSibling(file.getFileName() + ".bak.tmp");
            try {
                Files.deleteIfExists(link);
                Files.createLink(link, file);
                Files.move(link, backup, StandardCopyOption.ATOMIC_MOVE);
            } catch (UnsupportedOperationException | FileSystemException e) {
                replaceDurably(Files.readAllBytes(file), backup);
            }
        }
        replaceDurably(content, file);
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void replaceDurably(byte[] content, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
