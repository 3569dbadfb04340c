package org.touchmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;

/**
 * Opening and saving a large map file with Touchmap's io against raw Jackson on the same JSON
 * tree: Jackson's baseline reads the bytes into a tree, or writes that tree pretty-printed,
 * and nothing else. The {@code decode}/{@code encode} pairs do the same in memory, without the
 * file system, so the format's own cost shows apart from the atomic save's disk flushes; and
 * {@code durableSaveJackson} saves the tree with the same flushes, backup and renames as Touchmap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenSaveBenchmark {
    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JACKSON.writerWithDefaultPrettyPrinter();

    @Param("5000")
    public int touchpoints;

    private JourneyMap map;
    private byte[] content;
    private JsonNode tree;
    private Path folder;
    private Path touchmapFile;
    private Path jacksonFile;
    private Path durableJacksonFile;

    @Setup(Level.Trial)
    public void createFiles() throws IOException, MapFileException {
        map = GeneratedMap.detailed(touchpoints);
        content = MapJson.write(map);
        tree = JACKSON.readTree(content);
        Path parent = Path.of(System.getProperty("bench.output", "target/benchmarks"));
        Files.createDirectories(parent);
        folder = Files.createTempDirectory(parent.toAbsolutePath(), "open-save-");
        touchmapFile = folder.resolve("touchmap." + MapFiles.EXTENSION);
        jacksonFile = folder.resolve("jackson.json");
        durableJacksonFile = folder.resolve("jackson-durable.json");
        MapFiles.save(map, touchmapFile);
        Files.write(jacksonFile, content);
        Files.write(durableJacksonFile, content);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        ScratchFolder.delete(folder);
    }

    @Benchmark
    public JourneyMap openTouchmap() throws MapFileException {
        return MapFiles.load(touchmapFile);
    }

    @Benchmark
    public JsonNode openJackson() throws IOException {
        return JACKSON.readTree(Files.readAllBytes(jacksonFile));
    }

    @Benchmark
    public void saveTouchmap() throws MapFileException {
        MapFiles.save(map, touchmapFile);
    }

    @Benchmark
    public void saveJackson() throws IOException {
        PRETTY.writeValue(jacksonFile.toFile(), tree);
    }

    /** Raw Jackson with the atomic save's fsyncs, backup and renames: the baseline that shows what durability costs. */
    @Benchmark
    public void durableSaveJackson() throws IOException {
        DurableJacksonSave.save(PRETTY, tree, durableJacksonFile);
    }

    @Benchmark
    public JourneyMap decodeTouchmap() throws MapFileException {
        return MapJson.read(content, "memory");
    }

    @Benchmark
    public JsonNode decodeJackson() throws IOException {
        return JACKSON.readTree(content);
    }

    @Benchmark
    public byte[] encodeTouchmap() {
        return MapJson.write(map);
    }

    @Benchmark
    public byte[] encodeJackson() throws IOException {
        return PRETTY.writeValueAsBytes(tree);
    }

    /** The size of the file both sides read and write, in bytes. */
    static int fileSize(int touchpoints) {
        return MapJson.write(GeneratedMap.detailed(touchpoints)).length;
    }
}
