package org.touchmap.io.recovery;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.files.AtomicFileWriter;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unsaved work of every open window, kept in a folder so that a crash, a power cut or a killed
 * process loses at most the last few seconds. Each window session has one copy: {@code ID.cjm},
 * the map in the ordinary file format, and {@code ID.recovery.json}, a small note with the title,
 * the original file, the time and the writing process. Both are written atomically.
 *
 * <p>Copies whose process still runs belong to another open window and are never offered, so two
 * running Touchmaps do not take each other's work.
 */
public final class RecoveryStore {
    static final String MAP_SUFFIX = "." + MapFiles.EXTENSION;
    static final String NOTE_SUFFIX = ".recovery.json";
    static final String BROKEN_SUFFIX = ".broken";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Path folder;
    private final ProcessLiveness liveness;
    private final long ownProcessId;
    private final Optional<Instant> ownProcessStart;
    private final Clock clock;
    private final AtomicFileWriter writer = new AtomicFileWriter();

    /** A store in {@code folder} that writes as this process and asks the system which processes run. */
    public RecoveryStore(Path folder) {
        this(folder, ProcessLiveness.SYSTEM, ProcessHandle.current().pid(),
                ProcessHandle.current().info().startInstant(), Clock.systemUTC());
    }

    /** A store with chosen process facts, so tests can play a crashed process and a running one. */
    public RecoveryStore(Path folder, ProcessLiveness liveness, long ownProcessId, Optional<Instant> ownProcessStart,
                         Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.liveness = liveness;
        this.ownProcessId = ownProcessId;
        this.ownProcessStart = ownProcessStart;
        this.clock = clock;
    }

    /** The store in the user's application-data folder (see {@link RecoveryFolder}). */
    public static RecoveryStore forUser() {
        return new RecoveryStore(RecoveryFolder.forUser());
    }

    public Path folder() {
        return folder;
    }

    /** A new session id: one per window, unique across processes. */
    public static String newSessionId() {
        return java.util.UUID.randomUUID().toString();
    }

    /**
     * Writes the recovery copy of session {@code sessionId}, replacing its previous one.
     *
     * @param originalFile the file the map belongs to, or {@code null} when it was never saved
     */
    public void write(String sessionId, JourneyMap map, Path originalFile) throws IOException {
        checkSessionId(sessionId);
        byte[] content = MapJson.write(map);
        ensureFolder();
        RecoveryNote note = new RecoveryNote(sessionId, map.title(), clock.instant(),
                originalFile == null ? null : originalFile.toAbsolutePath(), ownProcessId, ownProcessStart);
        // The note goes first: a map is never listed without the note that says whose it is.
        writer.write(noteFile(sessionId), note.toJson());
        writer.write(mapFile(sessionId), content);
    }

    /** The copies left by processes that no longer run, newest first. */
    public List<RecoveryCopy> list() {
        List<RecoveryCopy> copies = new ArrayList<>();
        for (Path map : mapFiles()) {
            String name = map.getFileName().toString();
            String sessionId = name.substring(0, name.length() - MAP_SUFFIX.length());
            Optional<RecoveryNote> note = RecoveryNote.read(noteFile(sessionId));
            if (note.isPresent() && liveness.isRunning(note.get().processId(), note.get().processStart())) {
                continue;
            }
            copies.add(note.map(n -> n.toCopy(sessionId, map)).orElseGet(() -> withoutNote(sessionId, map)));
        }
        copies.sort(Comparator.comparing(RecoveryCopy::written).reversed());
        return copies;
    }

    /**
     * The map of {@code copy}.
     *
     * @throws MapFileException when the copy is missing or damaged
     */
    public JourneyMap load(RecoveryCopy copy) throws MapFileException {
        return MapFiles.load(copy.mapFile());
    }

    /**
     * Makes {@code copy} this process's own, so that another Touchmap started meanwhile does not
     * offer it again while it is open here.
     */
    public void adopt(RecoveryCopy copy) throws IOException {
        RecoveryNote note = new RecoveryNote(copy.sessionId(), copy.title(), copy.written(), copy.originalFile(),
                ownProcessId, ownProcessStart);
        writer.write(noteFile(copy.sessionId()), note.toJson());
    }

    /** Deletes the copy of session {@code sessionId}, if there is one. */
    public void remove(String sessionId) throws IOException {
        checkSessionId(sessionId);
        for (Path file : List.of(noteFile(sessionId), mapFile(sessionId))) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(AtomicFileWriter.backupOf(file));
        }
    }

    /**
     * Moves a copy that cannot be loaded out of the way ({@code ID.cjm.broken}), so that it is not
     * offered again but stays for whoever wants to look into it.
     */
    public Path setAside(RecoveryCopy copy) throws IOException {
        String sessionId = copy.sessionId();
        Path broken = mapFile(sessionId).resolveSibling(mapFile(sessionId).getFileName() + BROKEN_SUFFIX);
        Files.move(mapFile(sessionId), broken, StandardCopyOption.REPLACE_EXISTING);
        Path note = noteFile(sessionId);
        if (Files.exists(note)) {
            Files.move(note, note.resolveSibling(note.getFileName() + BROKEN_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        }
        return broken;
    }

    Path mapFile(String sessionId) {
        return folder.resolve(sessionId + MAP_SUFFIX);
    }

    Path noteFile(String sessionId) {
        return folder.resolve(sessionId + NOTE_SUFFIX);
    }

    private List<Path> mapFiles() {
        List<Path> maps = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return maps;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + MAP_SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String sessionId = name.substring(0, name.length() - MAP_SUFFIX.length());
                if (SESSION_ID.matcher(sessionId).matches() && Files.isRegularFile(file)) {
                    maps.add(file);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed has nothing to offer; the next start tries again.
        }
        return maps;
    }

    /** A copy whose note is lost: it is still work worth offering, named by what the map file tells. */
    private static RecoveryCopy withoutNote(String sessionId, Path map) {
        Instant written;
        try {
            written = Files.getLastModifiedTime(map).toInstant();
        } catch (IOException e) {
            written = Instant.EPOCH;
        }
        return new RecoveryCopy(sessionId, "", written, null, 0, map);
    }

    private void ensureFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        try {
            // Unsaved maps are the person's business data: only their owner may read them.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile folder is private already.
        }
    }

    private static void checkSessionId(String sessionId) {
        if (!SESSION_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException("Not a session id: " + sessionId);
        }
    }
}
