package org.touchmap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Locale;

import org.touchmap.model.JourneyMap;
import org.touchmap.render.workbook.WorkbookExport;

/**
 * Heap that stays reachable, measured after full collections: what a map takes, and what the xlsx
 * export holds on top of the map at its fullest, when every sheet is built and the workbook starts
 * to be written out.
 */
final class LiveHeap {
    private static final int COLLECTIONS = 3;

    private LiveHeap() {
    }

    /** Bytes reachable after full collections. */
    static long used() {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes the map of {@code touchpoints} keeps reachable. */
    static long ofMap(int touchpoints) {
        long before = used();
        JourneyMap map = GrowthBenchmark.map(touchpoints);
        long after = used();
        Reference.reachabilityFence(map);
        return after - before;
    }

    /** Bytes the xlsx export keeps reachable beyond the map, at the moment the finished workbook is written. */
    static long ofXlsxExport(int touchpoints) throws IOException {
        JourneyMap map = GrowthBenchmark.map(touchpoints);
        long withMap = used();
        FirstWriteProbe probe = new FirstWriteProbe();
        WorkbookExport.write(map, Locale.ENGLISH, probe);
        Reference.reachabilityFence(map);
        return probe.usedAtFirstWrite - withMap;
    }

    /** Measures the live heap when the first bytes arrive, then drops every byte. */
    private static final class FirstWriteProbe extends OutputStream {
        private long usedAtFirstWrite = -1;

        @Override
        public void write(int b) {
            measure();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            measure();
        }

        private void measure() {
            if (usedAtFirstWrite < 0) {
                usedAtFirstWrite = used();
            }
        }
    }
}
