package org.touchmap.io.json;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The project's own files of format version 1 (the samples, the golden files, the file from a
 * newer Touchmap with unknown fields) still open, and saved without a change they stay byte for
 * byte what they were: a Touchmap that reads version 2 does not touch a map that uses nothing of it.
 */
class Version1CorpusTest {
    @Test
    void everyVersion1FileOfTheProjectSavesByteForByte() throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        samples().forEach((name, bytes) -> {
            // The samples made to show what version 2 adds are checked by the test below.
            if (!name.contains("blueprint")) {
                corpus.put(name, bytes);
            }
        });
        for (String name : List.of("golden/v1.cjm", "golden/v1-voting.cjm", "golden/v1-snapshots.cjm",
                "unknown-fields.cjm")) {
            corpus.put(name, GoldenFileTest.resource(name));
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
            assertTrue(new String(file.getValue(), StandardCharsets.UTF_8).contains("\"formatVersion\": 1,"),
                    file.getKey() + " is a version-1 file");
            byte[] saved = MapJson.write(MapJson.read(file.getValue(), file.getKey()));
            if (!java.util.Arrays.equals(file.getValue(), saved)) {
                changed.add(file.getKey());
            }
        }
        assertEquals(List.of(), changed, "files that a save without a change rewrote");
        assertEquals(13, corpus.size(), "nine samples and four test files");
    }

    @Test
    void theBlueprintSamplesAreVersion2AndAlsoSaveByteForByte() throws Exception {
        Map<String, byte[]> blueprints = new LinkedHashMap<>();
        samples().forEach((name, bytes) -> {
            if (name.contains("blueprint")) {
                blueprints.put(name, bytes);
            }
        });
        assertEquals(3, blueprints.size(), "in English, Russian and Serbian");
        for (Map.Entry<String, byte[]> file : blueprints.entrySet()) {
            assertTrue(new String(file.getValue(), StandardCharsets.UTF_8).contains("\"formatVersion\": 2,"),
                    file.getKey());
            assertArrayEquals(file.getValue(), MapJson.write(MapJson.read(file.getValue(), file.getKey())), file.getKey());
        }
    }

    private static Map<String, byte[]> samples() throws java.io.IOException {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            for (Path sample : files.filter(p -> p.toString().endsWith(".cjm")).sorted().toList()) {
                samples.put(sample.toString(), Files.readAllBytes(sample));
            }
        }
        return samples;
    }
}
