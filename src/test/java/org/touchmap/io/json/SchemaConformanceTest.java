package org.touchmap.io.json;

import org.touchmap.io.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.TouchpointCategory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The schema in docs/ and the code describe the same format. */
class SchemaConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs/touchmap.schema.json");

    private static JsonNode schema() throws IOException {
        return JSON.readTree(Files.readAllBytes(SCHEMA));
    }

    private static JsonNode definition(String name) throws IOException {
        return schema().get("$defs").get(name);
    }

    private static Set<String> documentedKeys(JsonNode objectSchema) {
        Set<String> keys = new TreeSet<>();
        objectSchema.get("properties").properties().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    @Test
    void samplesAndGoldenFileUseOnlyDocumentedKeysAndValidValues() throws IOException {
        JsonNode schema = schema();
        for (String name : List.of("golden/v1.cjm", "golden/v2.cjm")) {
            JsonNode golden = JSON.readTree(GoldenFileTest.resource(name));
            assertEquals(List.of(), SchemaCheck.problems(schema, golden, true), name);
        }
        try (Stream<Path> samples = Files.list(Samples.medicalClinic().getParent())) {
            for (Path sample : samples.filter(path -> path.toString().endsWith(".cjm")).sorted().toList()) {
                assertEquals(List.of(), SchemaCheck.problems(schema, JSON.readTree(Files.readAllBytes(sample)), true),
                        sample.toString());
            }
        }
    }

    @Test
    void unknownFieldsAreAllowedWhereTheFormatKeepsThem() throws IOException {
        JsonNode file = JSON.readTree(GoldenFileTest.resource("unknown-fields.cjm"));
        assertEquals(List.of(), SchemaCheck.problems(schema(), file, false));
        assertFalse(SchemaCheck.problems(schema(), file, true).isEmpty());
    }

    @Test
    void schemaRefusesWhatTheReaderRefuses() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(Files.readAllBytes(Samples.medicalClinic()));
        ((ObjectNode) broken.get("touchpoints").get(0)).put("rating", "great");
        ((ObjectNode) broken.get("touchpoints").get(0).get("criteria")).put("clarity", 6);
        ((ObjectNode) broken.get("chains").get(0).get("links").get(0)).put("label", "then");
        ((ObjectNode) broken.get("persona")).put("age", 34);
        ((ObjectNode) broken.get("stages").get(0)).put("width", 0);

        List<String> problems = SchemaCheck.problems(schema(), broken, false);

        assertEquals(5, problems.size(), problems::toString);
    }

    @Test
    void schemaDocumentsExactlyTheKeysTheCodeReadsAndWrites() throws IOException {
        assertEquals(new TreeSet<>(MapDto.KEYS), documentedKeys(schema()));
        assertEquals(new TreeSet<>(PersonaDto.KEYS), documentedKeys(definition("persona")));
        assertEquals(new TreeSet<>(StageDto.KEYS), documentedKeys(definition("stage")));
        assertEquals(new TreeSet<>(LaneDto.KEYS), documentedKeys(definition("lane")));
        assertEnum(definition("lane").get("properties").get("kind"), EnumNames.namesOf(org.touchmap.model.LaneKind.class));
        assertEquals(new TreeSet<>(TouchpointDto.KEYS), documentedKeys(definition("touchpoint")));
        assertEquals(new TreeSet<>(ChainDto.KEYS), documentedKeys(definition("chain")));
        assertEquals(new TreeSet<>(LinkDto.KEYS), documentedKeys(definition("link")));
        assertEquals(new TreeSet<>(NoteDto.KEYS), documentedKeys(definition("note")));
    }

    @Test
    void schemaListsEveryEnumeratedValueOfTheModel() throws IOException {
        JsonNode touchpoint = definition("touchpoint").get("properties");
        assertEnum(touchpoint.get("rating"), EnumNames.namesOf(Rating.class));
        assertEnum(touchpoint.get("presence"), EnumNames.namesOf(Presence.class));
        assertEnum(touchpoint.get("category"), EnumNames.namesOf(TouchpointCategory.class));
        assertEnum(touchpoint.get("control"), EnumNames.namesOf(Control.class));
        assertEnum(touchpoint.get("attention"), EnumNames.namesOf(Attention.class));
        assertEnum(touchpoint.get("lifespan"), EnumNames.namesOf(Lifespan.class));
        assertEnum(touchpoint.get("evidence"), EnumNames.namesOf(Evidence.class));
        assertEnum(touchpoint.get("competitor"), EnumNames.namesOf(CompetitorComparison.class));
        assertEquals(new TreeSet<>(EnumNames.namesOf(Metric.class)), documentedKeys(touchpoint.get("metrics")));
    }

    @Test
    void schemaRangesMatchTheModel() throws IOException {
        JsonNode metrics = definition("touchpoint").get("properties").get("metrics").get("properties");
        for (Metric metric : Metric.values()) {
            JsonNode range = metrics.get(EnumNames.nameOf(metric));
            assertEquals(metric.min(), range.get("minimum").doubleValue(), metric.name());
            if (metric.max() == Double.MAX_VALUE) {
                assertFalse(range.has("maximum"), metric.name());
            } else {
                assertEquals(metric.max(), range.get("maximum").doubleValue(), metric.name());
            }
        }
        JsonNode schema = schema();
        assertEquals(MapJson.FORMAT, schema.get("properties").get("format").get("const").textValue());
        List<Integer> versions = new ArrayList<>();
        schema.get("properties").get("formatVersion").get("enum").forEach(v -> versions.add(v.intValue()));
        assertEquals(List.of(1, MapJson.FORMAT_VERSION), versions);
    }

    private static void assertEnum(JsonNode property, List<String> expected) {
        List<String> listed = new ArrayList<>();
        property.get("enum").forEach(value -> listed.add(value.textValue()));
        assertEquals(expected, listed);
    }
}
