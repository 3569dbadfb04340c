package org.touchmap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

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
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;
import org.touchmap.render.workbook.WorkbookExport;

/**
 * Open, save, xlsx export and report of generated maps of growing size, to show how each grows
 * with the number of touchpoints. The map has 8 stages, 3 lanes and one chain per 50 touchpoints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthBenchmark {
    static final int STAGES = 8;
    static final int LANES = 3;
    static final int TOUCHPOINTS_PER_CHAIN = 50;

    @Param({"100", "1000", "5000", "20000"})
    public int touchpoints;

    private JourneyMap map;
    private Path folder;
    private Path openFile;
    private Path saveFile;

    static JourneyMap map(int touchpoints) {
        return MapGenerator.generate(GeneratorSettings.of(touchpoints, STAGES, LANES,
                Math.max(1, touchpoints / TOUCHPOINTS_PER_CHAIN)));
    }

    @Setup(Level.Trial)
    public void createFiles() throws IOException, MapFileException {
        map = map(touchpoints);
        Path parent = Path.of(System.getProperty("bench.output", "target/benchmarks"));
        Files.createDirectories(parent);
        folder = Files.createTempDirectory(parent.toAbsolutePath(), "growth-");
        openFile = folder.resolve("open." + MapFiles.EXTENSION);
        saveFile = folder.resolve("save." + MapFiles.EXTENSION);
        MapFiles.save(map, openFile);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        ScratchFolder.delete(folder);
    }

    @Benchmark
    public JourneyMap open() throws MapFileException {
        return MapFiles.load(openFile);
    }

    @Benchmark
    public void save() throws MapFileException {
        MapFiles.save(map, saveFile);
    }

    @Benchmark
    public void xlsx() throws IOException {
        WorkbookExport.write(map, Locale.ENGLISH, OutputStream.nullOutputStream());
    }

    @Benchmark
    public AnalysisReport report() {
        return AnalysisReport.of(map);
    }
}
