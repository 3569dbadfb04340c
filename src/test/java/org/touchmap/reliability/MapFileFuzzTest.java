package org.touchmap.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.touchmap.io.MapFileException;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapConsistency;

import java.util.List;

/**
 * Jazzer feeds the map reader arbitrary bytes: it must return a consistent map or throw one
 * {@link MapFileException} with a one-line message; anything else is a finding. Without
 * {@code JAZZER_FUZZ=1} only the inputs in {@code MapFileFuzzTestInputs} run.
 */
class MapFileFuzzTest {
    @FuzzTest
    void anyBytesGiveAConsistentMapOrOneClearError(byte[] content) {
        JourneyMap map;
        try {
            map = MapJson.read(content, "fuzzed.cjm");
        } catch (MapFileException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank() || message.contains("\n")) {
                throw new AssertionError("not one clear line: " + message, e);
            }
            return;
        }
        List<String> problems = MapConsistency.problems(map);
        if (!problems.isEmpty()) {
            throw new AssertionError("opened an inconsistent map: " + problems);
        }
    }
}
