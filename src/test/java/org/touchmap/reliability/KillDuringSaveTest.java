package org.touchmap.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills a process that saves a map over and over, at random moments, and then opens the file as
 * the editor would: it must always be one of the versions that process was saving, whole, and so
 * must its backup. {@code -Dreliability.kills=N} sets the number of kills (20 by default; the
 * {@code reliability} profile runs 1,000).
 */
class KillDuringSaveTest {
    private static final int KILLS = Integer.getInteger("reliability.kills", 20);
    /** Longest random wait after the child's first completed save before it is killed. */
    private static final int MAX_KILL_DELAY_MICROS = 40_000;

    @TempDir
    Path folder;
    @TempDir
    Path logs;

    private final Random random = new Random(Long.getLong("reliability.seed", 20_261_123L));
    private int killedBeforeLogging;
    private int temporaryFilesLeft;
    private long savesCompleted;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheFileAndItsBackupWholeAndAtAVersionThatWasBeingSaved() throws Exception {
        SavedStates states = SavedStates.fromSample();
        Path file = folder.resolve("journey.cjm");
        MapFiles.save(states.state(0), file);
        long next = 1;

        for (int kill = 0; kill < KILLS; kill++) {
            Path log = logs.resolve("saves-" + kill + ".log");
            long lastLogged = killWhileSaving(file, log, next);
            long found = checkFile(file, states, lastLogged, kill);
            checkBackup(file, states, found, kill);
            next = lastLogged + 2;
        }

        System.out.printf("kill during save: %d kills, %d completed saves, %d kills after the rename and before"
                        + " the log line, %d temporary files left behind, 0 corrupt files%n",
                KILLS, savesCompleted, killedBeforeLogging, temporaryFilesLeft);
        assertTrue(savesCompleted >= KILLS, "the children should have saved at least once each");
    }

    /** Starts a save loop at version {@code first}, kills it, and returns the last version it logged. */
    private long killWhileSaving(Path file, Path log, long first) throws Exception {
        Files.createFile(log);
        Process child = new ProcessBuilder(javaCommand(file, log, first))
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("child-output.txt").toFile())
                .start();
        try {
            waitForFirstSave(child, log);
            long delayNanos = TimeUnit.MICROSECONDS.toNanos(random.nextInt(MAX_KILL_DELAY_MICROS));
            long until = System.nanoTime() + delayNanos;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed process should end");
        }
        List<Long> logged = completeLines(log);
        savesCompleted += logged.size();
        return logged.isEmpty() ? first - 1 : logged.get(logged.size() - 1);
    }

    private void waitForFirstSave(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.size(log) == 0) {
            if (!child.isAlive()) {
                fail("the save loop ended by itself: " + Files.readString(logs.resolve("child-output.txt")));
            }
            if (System.nanoTime() > deadline) {
                fail("the save loop did not save within a minute");
            }
            Thread.sleep(1);
        }
    }

    private long checkFile(Path file, SavedStates states, long lastLogged, int kill) throws Exception {
        JourneyMap loaded = load(file, "kill " + kill);
        long found = SavedStates.numberOf(loaded);
        // Killed between the rename and the log line, the file may be one version ahead of the log.
        assertTrue(found == lastLogged || found == lastLogged + 1,
                "kill " + kill + ": the file holds version " + found + ", the log ends at " + lastLogged);
        assertEquals(states.state(found), loaded, "kill " + kill + ": version " + found + " exactly");
        if (found == lastLogged + 1) {
            killedBeforeLogging++;
        }
        temporaryFilesLeft += removeTemporaryFiles();
        return found;
    }

    private void checkBackup(Path file, SavedStates states, long found, int kill) throws Exception {
        Path backup = SavedStates.backupOf(file);
        assertTrue(Files.exists(backup), "kill " + kill + ": the backup should be there");
        JourneyMap loaded = load(backup, "kill " + kill + " backup");
        long version = SavedStates.numberOf(loaded);
        assertTrue(version >= 0 && version <= found,
                "kill " + kill + ": the backup holds version " + version + ", the file " + found);
        assertEquals(states.state(version), loaded, "kill " + kill + ": backup version " + version + " exactly");
    }

    private static JourneyMap load(Path file, String what) {
        try {
            return MapFiles.load(file);
        } catch (MapFileException e) {
            return fail(what + ": corrupt after a kill: " + e.getMessage());
        }
    }

    /** An interrupted save may leave its hidden temporary file; count it and clear it for the next round. */
    private int removeTemporaryFiles() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(folder)) {
            leftovers = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
        for (Path leftover : leftovers) {
            assertTrue(leftover.getFileName().toString().startsWith("."), "temporary files are hidden: " + leftover);
            Files.delete(leftover);
        }
        return leftovers.size();
    }

    private static List<Long> completeLines(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<Long> numbers = new ArrayList<>();
        if (end >= 0) {
            text.substring(0, end).lines().forEach(line -> numbers.add(Long.parseLong(line.trim())));
        }
        return numbers;
    }

    private static List<String> javaCommand(Path file, Path log, long first) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dtouchmap.samples=" + Corpus.samplesFolder().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), file.toString(), log.toString(), Long.toString(first));
    }
}
