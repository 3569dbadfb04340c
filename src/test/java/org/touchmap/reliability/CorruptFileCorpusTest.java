package org.touchmap.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.app.cli.Cli;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapConsistency;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Thousands of damaged variants of the bundled samples and the golden file, each opened three
 * ways: {@link MapJson#read}, {@link MapFiles#load} and {@code touchmap validate}. Each must
 * give a map or one {@link MapFileException} (never another exception), each way within a second, and
 * must leave the file and its folder exactly as they were. {@code -Dreliability.corpus=N} sets
 * the number of variants (1,000 by default; the {@code reliability} profile runs 10,000).
 */
class CorruptFileCorpusTest {
    private static final int VARIANTS = Integer.getInteger("reliability.corpus", 1_000);
    private static final long SEED = Long.getLong("reliability.seed", 20_261_123L);
    private static final long HANG_NANOS = 1_000_000_000L;
    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();
    private final Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
    private long slowestNanos;
    private String slowest = "";
    private int retimed;

    @Test
    void everyDamagedFileGivesAMapOrOneClearErrorQuicklyAndIsNeverWritten() throws Exception {
        List<Corpus.Seed> seeds = Corpus.seeds();
        for (Corpus.Seed seed : seeds) {
            // Class loading and the first compilation are not the file's fault; the pristine seeds warm up.
            assertEquals(List.of(), MapConsistency.problems(MapJson.read(seed.content(), seed.name())), seed.name());
        }
        Random random = new Random(SEED);
        Mutation[] mutations = Mutation.values();
        for (int i = 0; i < VARIANTS && problems.size() < 20; i++) {
            Mutation mutation = mutations[i % mutations.length];
            Corpus.Seed seed = seeds.get(random.nextInt(seeds.size()));
            Corpus.Seed other = seeds.get(random.nextInt(seeds.size()));
            byte[] variant = mutation.apply(seed.content(), other.content(), random);
            check(variant, mutation + " #" + i + " of " + seed.name(), mutation);
        }

        System.out.printf("corrupt-file corpus: %d variants, slowest %.1f ms (%s), %d re-timed, %d problems%n",
                VARIANTS, slowestNanos / 1e6, slowest, retimed, problems.size());
        outcomes.forEach((mutation, counts) -> System.out.printf("  %-20s %6d opened %6d refused%n",
                mutation, counts[0], counts[1]));
        assertEquals(List.of(), problems);
        assertTrue(slowestNanos < HANG_NANOS, "slowest " + slowest);
    }

    private void check(byte[] variant, String what, Mutation mutation) throws IOException {
        Path file = Files.write(folder.resolve("variant.cjm"), variant);
        Files.setLastModifiedTime(file, OLD);
        List<String> before = listing();

        openAllWays(variant, file, what, mutation);
        if (!Arrays.equals(variant, Files.readAllBytes(file))) {
            problems.add(what + ": the file was changed");
        }
        if (!OLD.equals(Files.getLastModifiedTime(file))) {
            problems.add(what + ": the file's modification time was changed");
        }
        if (!before.equals(listing())) {
            problems.add(what + ": the folder changed to " + listing());
        }
        Files.delete(file);
    }

    /** Each opening is timed on its own; one that takes a second is timed again, since a true hang is slow every time. */
    private <T> T timed(Supplier<T> opening, String what, int size) {
        long start = System.nanoTime();
        T result = opening.get();
        long nanos = System.nanoTime() - start;
        if (nanos >= HANG_NANOS) {
            retimed++;
            start = System.nanoTime();
            opening.get();
            nanos = System.nanoTime() - start;
        }
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = what + ", " + size + " bytes";
        }
        return result;
    }

    private void openAllWays(byte[] variant, Path file, String what, Mutation counted) {
        String readKey = timed(() -> outcome(() -> MapJson.read(variant, file.toString()), what + " MapJson.read"),
                what + " MapJson.read", variant.length);
        String loadKey = timed(() -> outcome(() -> MapFiles.load(file), what + " MapFiles.load"),
                what + " MapFiles.load", variant.length);
        if (!readKey.equals(loadKey)) {
            problems.add(what + ": read gives " + readKey + ", load gives " + loadKey);
        }
        timed(() -> validate(file, what, readKey), what + " validate", variant.length);
        outcomes.computeIfAbsent(counted, m -> new int[2])[readKey.equals("ok") ? 0 : 1]++;
    }

    private interface Opening {
        JourneyMap open() throws MapFileException;
    }

    /** "ok" for a consistent map, the message key of a refusal, or a note of what went wrong. */
    private String outcome(Opening opening, String what) {
        try {
            JourneyMap map = opening.open();
            List<String> inconsistencies = MapConsistency.problems(map);
            if (!inconsistencies.isEmpty()) {
                problems.add(what + ": opened an inconsistent map: " + inconsistencies);
            }
            return "ok";
        } catch (MapFileException e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                problems.add(what + ": the message is not one line: " + e.getMessage());
            }
            return e.key();
        } catch (Throwable crash) {
            problems.add(what + ": crashed with " + crash);
            return "crash";
        }
    }

    private boolean validate(Path file, String what, String expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.execute(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        String printed = exit == 0 ? out.toString() : err.toString();
        String silent = exit == 0 ? err.toString() : out.toString();
        boolean oneLine = printed.endsWith("\n") && printed.lines().count() == 1 && silent.isEmpty();
        boolean rightStart = exit == 0 ? printed.startsWith("ok: " + file + " — ")
                : printed.startsWith("error: " + file + ": ") && !printed.contains("unexpected problem");
        if (exit != (expected.equals("ok") ? 0 : 1) || !oneLine || !rightStart) {
            problems.add(what + ": validate exited " + exit + " with out=" + out + " err=" + err);
            return false;
        }
        return true;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
