package org.touchmap.io.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recovery copy in a {@link RecoveryStore}: the unsaved map of one editing session, with what
 * a person needs to recognise it (the title, when it was written, the file it belongs to).
 *
 * @param sessionId    the window session that wrote it
 * @param title        the map's title when it was written
 * @param written      when it was written
 * @param originalFile the file the map was opened from or last saved to; {@code null} when it was never saved
 * @param processId    the process that wrote it
 * @param mapFile      where the copy's map is
 */
public record RecoveryCopy(String sessionId, String title, Instant written, Path originalFile, long processId,
                           Path mapFile) {
    public RecoveryCopy {
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(written);
        Objects.requireNonNull(mapFile);
    }

    /** The file the map belongs to; empty when it was never saved. */
    public Optional<Path> original() {
        return Optional.ofNullable(originalFile);
    }
}
