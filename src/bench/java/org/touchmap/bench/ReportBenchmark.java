package org.touchmap.bench;

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
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;

/**
 * The analysis that {@code touchmap report} prints (stage table, funnel, weak links, broken
 * chains, coverage) for a large map with many chains; its target is an absolute time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    /** Stages, lanes and chains of the analysed map. */
    static final int STAGES = 8;
    static final int LANES = 3;
    static final int CHAINS = 100;

    @Param("5000")
    public int touchpoints;

    private JourneyMap map;

    @Setup(Level.Trial)
    public void createMap() {
        map = MapGenerator.generate(GeneratorSettings.of(touchpoints, STAGES, LANES, CHAINS));
    }

    @Benchmark
    public AnalysisReport reportTouchmap() {
        return AnalysisReport.of(map);
    }
}
