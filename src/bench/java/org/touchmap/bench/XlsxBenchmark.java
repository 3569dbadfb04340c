package org.touchmap.bench;

import java.io.IOException;
import java.io.OutputStream;
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
import org.touchmap.model.JourneyMap;
import org.touchmap.render.workbook.WorkbookExport;

/**
 * The Excel export of a large map against bare POI writing the same cell values (read back from
 * Touchmap's own workbook) with the same streaming settings and no styles. Both write to a stream
 * that drops the bytes, so the disk does not count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class XlsxBenchmark {
    @Param("5000")
    public int touchpoints;

    private JourneyMap map;
    private WorkbookCells cells;

    @Setup(Level.Trial)
    public void createMap() throws IOException {
        map = GeneratedMap.detailed(touchpoints);
        cells = WorkbookCells.of(map);
    }

    @Benchmark
    public void xlsxTouchmap() throws IOException {
        WorkbookExport.write(map, Locale.ENGLISH, OutputStream.nullOutputStream());
    }

    @Benchmark
    public void xlsxPoi() throws IOException {
        cells.writeWithPoi(OutputStream.nullOutputStream());
    }
}
