package org.touchmap.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.touchmap.io.MapFileException;
import org.touchmap.io.json.MapJson;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer feeds the workbook import arbitrary files: it must read them or throw one
 * {@link MapFileException}, and must never change the map it compares against. The seed inputs
 * in {@code WorkbookImportFuzzTestInputs} are workbooks exported from the golden map.
 */
class WorkbookImportFuzzTest {
    private static final JourneyMap CURRENT = golden();

    private static JourneyMap golden() {
        try (InputStream in = WorkbookImportFuzzTest.class.getResourceAsStream("/org/touchmap/io/json/golden/v1.cjm")) {
            return MapJson.read(in.readAllBytes(), "v1.cjm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MapFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest
    void anyFileGivesChangesOrOneClearError(byte[] content) throws IOException {
        Path file = Files.createTempFile("fuzzed", ".xlsx");
        JourneyMap before = CURRENT.copy();
        try {
            Files.write(file, content);
            WorkbookImport.read(CURRENT, file);
        } catch (MapFileException e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                throw new AssertionError("not one clear line: " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        if (!before.equals(CURRENT)) {
            throw new AssertionError("reading a workbook changed the map");
        }
    }
}
