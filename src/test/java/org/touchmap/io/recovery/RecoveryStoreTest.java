package org.touchmap.io.recovery;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class RecoveryStoreTest {
    private static final long CRASHED = 111;
    private static final long RUNNING = 222;
    private static final Instant TEN_O_CLOCK = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    private final Set<Long> runningProcesses = new HashSet<>(Set.of(RUNNING));
    private final ProcessLiveness liveness = (pid, started) -> runningProcesses.contains(pid);

    private RecoveryStore storeOf(long processId, Instant now) {
        return new RecoveryStore(folder, liveness, processId, Optional.empty(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JourneyMap mapTitled(String title) {
        JourneyMap map = MedicalClinicMap.build();
        map.setTitle(title);
        return map;
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWrittenCopyOfACrashedProcessIsListedWithItsTitleTimeAndFile() throws Exception {
        Path original = folder.resolve("clinic.cjm");
        storeOf(CRASHED, TEN_O_CLOCK).write("session-1", mapTitled("Clinic"), original);

        List<RecoveryCopy> copies = storeOf(RUNNING, TEN_O_CLOCK.plusSeconds(60)).list();

        assertEquals(1, copies.size());
        RecoveryCopy copy = copies.get(0);
        assertEquals("session-1", copy.sessionId());
        assertEquals("Clinic", copy.title());
        assertEquals(TEN_O_CLOCK, copy.written());
        assertEquals(Optional.of(original.toAbsolutePath()), copy.original());
        assertEquals(CRASHED, copy.processId());
    }

    @Test
    void loadingACopyGivesTheMapAsItWasWritten() throws Exception {
        JourneyMap map = mapTitled("Unsaved work");
        storeOf(CRASHED, TEN_O_CLOCK).write("session-1", map, null);

        RecoveryCopy copy = storeOf(RUNNING, TEN_O_CLOCK).list().get(0);

        assertEquals(map, storeOf(RUNNING, TEN_O_CLOCK).load(copy));
        assertTrue(copy.original().isEmpty());
    }

    @Test
    void theCopyIsAnOrdinaryMapFile() throws Exception {
        JourneyMap map = mapTitled("Plain file");
        RecoveryStore store = storeOf(CRASHED, TEN_O_CLOCK);
        store.write("session-1", map, null);

        assertArrayEquals(MapJson.write(map), Files.readAllBytes(folder.resolve("session-1.cjm")));
        assertEquals(map, MapFiles.load(folder.resolve("session-1.cjm")));
    }

    @Test
    void writingAgainReplacesTheSessionsCopy() throws Exception {
        RecoveryStore store = storeOf(CRASHED, TEN_O_CLOCK);
        store.write("session-1", mapTitled("First"), null);
        storeOf(CRASHED, TEN_O_CLOCK.plusSeconds(30)).write("session-1", mapTitled("Second"), null);

        List<RecoveryCopy> copies = storeOf(RUNNING, TEN_O_CLOCK).list();

        assertEquals(1, copies.size());
        assertEquals("Second", copies.get(0).title());
        assertEquals(TEN_O_CLOCK.plusSeconds(30), copies.get(0).written());
        assertEquals("Second", store.load(copies.get(0)).title());
    }

    @Test
    void copiesOfRunningProcessesAreNotOffered() throws Exception {
        storeOf(RUNNING, TEN_O_CLOCK).write("other-window", mapTitled("Live work"), null);
        storeOf(CRASHED, TEN_O_CLOCK).write("crashed-window", mapTitled("Lost work"), null);

        List<RecoveryCopy> copies = storeOf(RUNNING, TEN_O_CLOCK).list();

        assertEquals(List.of("crashed-window"), copies.stream().map(RecoveryCopy::sessionId).toList());
    }

    @Test
    void aCopyIsOfferedOnceItsProcessHasEnded() throws Exception {
        storeOf(RUNNING, TEN_O_CLOCK).write("window", mapTitled("Work"), null);
        assertTrue(storeOf(RUNNING, TEN_O_CLOCK).list().isEmpty());

        runningProcesses.remove(RUNNING);

        assertEquals(1, storeOf(333, TEN_O_CLOCK).list().size());
    }

    @Test
    void copiesAreListedNewestFirst() throws Exception {
        storeOf(CRASHED, TEN_O_CLOCK).write("older", mapTitled("Older"), null);
        storeOf(CRASHED, TEN_O_CLOCK.plusSeconds(5)).write("newer", mapTitled("Newer"), null);

        assertEquals(List.of("newer", "older"),
                storeOf(RUNNING, TEN_O_CLOCK).list().stream().map(RecoveryCopy::sessionId).toList());
    }

    @Test
    void removingACopyLeavesNoFileOfIt() throws Exception {
        RecoveryStore store = storeOf(CRASHED, TEN_O_CLOCK);
        store.write("session-1", mapTitled("First"), null);
        store.write("session-1", mapTitled("Second"), null);
        store.write("session-2", mapTitled("Other"), null);

        store.remove("session-1");

        assertEquals(List.of("session-2.cjm", "session-2.recovery.json"), fileNames());
    }

    @Test
    void removingASessionWithoutACopyIsNoError() throws Exception {
        storeOf(CRASHED, TEN_O_CLOCK).remove("never-written");

        assertFalse(Files.exists(folder.resolve("never-written.cjm")));
    }

    @Test
    void adoptingACopyHidesItFromOtherProcesses() throws Exception {
        storeOf(CRASHED, TEN_O_CLOCK).write("session-1", mapTitled("Work"), null);
        RecoveryStore restoring = storeOf(RUNNING, TEN_O_CLOCK);
        RecoveryCopy copy = restoring.list().get(0);

        restoring.adopt(copy);

        assertTrue(storeOf(444, TEN_O_CLOCK).list().isEmpty());
    }

    @Test
    void aBrokenCopySetAsideIsKeptButNoLongerOffered() throws Exception {
        storeOf(CRASHED, TEN_O_CLOCK).write("session-1", mapTitled("Work"), null);
        Files.writeString(folder.resolve("session-1.cjm"), "{\"format\": \"touch", StandardCharsets.UTF_8);
        RecoveryStore store = storeOf(RUNNING, TEN_O_CLOCK);
        RecoveryCopy copy = store.list().get(0);
        assertThrows(MapFileException.class, () -> store.load(copy));

        Path broken = store.setAside(copy);

        assertEquals(folder.resolve("session-1.cjm.broken"), broken);
        assertTrue(Files.isRegularFile(broken));
        assertTrue(store.list().isEmpty());
    }

    @Test
    void aCopyWhoseNoteIsLostIsStillOffered() throws Exception {
        storeOf(RUNNING, TEN_O_CLOCK).write("session-1", mapTitled("Work"), null);
        Files.writeString(folder.resolve("session-1.recovery.json"), "not json", StandardCharsets.UTF_8);

        List<RecoveryCopy> copies = storeOf(RUNNING, TEN_O_CLOCK).list();

        assertEquals(1, copies.size());
        assertEquals("Work", storeOf(RUNNING, TEN_O_CLOCK).load(copies.get(0)).title());
    }

    @Test
    void otherFilesInTheFolderAreIgnored() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".session-1.cjm.1a2b3c4d.tmp"), "half", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("bad name!.cjm"), "{}", StandardCharsets.UTF_8);

        assertTrue(storeOf(RUNNING, TEN_O_CLOCK).list().isEmpty());
    }

    @Test
    void aMissingFolderHasNoCopiesAndIsMadeOnFirstWrite() throws Exception {
        Path nested = folder.resolve("data").resolve("recovery");
        RecoveryStore store = new RecoveryStore(nested, liveness, CRASHED, Optional.empty(), Clock.systemUTC());
        assertTrue(store.list().isEmpty());

        store.write("session-1", mapTitled("Work"), null);

        assertTrue(Files.isRegularFile(nested.resolve("session-1.cjm")));
    }

    @Test
    void sessionIdsCannotReachOutsideTheFolder() {
        RecoveryStore store = storeOf(CRASHED, TEN_O_CLOCK);

        assertThrows(IllegalArgumentException.class, () -> store.write("../escape", mapTitled("x"), null));
        assertThrows(IllegalArgumentException.class, () -> store.remove("a/b"));
    }

    @Test
    void theProcessOfThisTestIsRunningAndAnEndedOneIsNot() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        assertTrue(ProcessLiveness.SYSTEM.isRunning(self.pid(), self.info().startInstant()));

        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        assertFalse(ProcessLiveness.SYSTEM.isRunning(ended.pid(), Optional.empty()));
    }

    @Test
    void aNewProcessWithTheIdOfACrashedOneDoesNotHideItsCopy() {
        ProcessHandle self = ProcessHandle.current();
        Instant otherStart = self.info().startInstant().orElse(Instant.EPOCH).minusSeconds(3600);

        assertFalse(ProcessLiveness.SYSTEM.isRunning(self.pid(), Optional.of(otherStart)));
    }
}
