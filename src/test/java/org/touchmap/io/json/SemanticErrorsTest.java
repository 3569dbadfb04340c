package org.touchmap.io.json;

import org.touchmap.io.LoadFailures;
import org.touchmap.io.MapFileException;
import org.touchmap.io.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Well-formed JSON that is not a valid map: each case breaks one thing in the sample and expects
 * one message key at one JSON path, with the file left as it was.
 */
class SemanticErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static Stream<Arguments> brokenMaps() {
        return Stream.of(
                arguments("duplicate touchpoint id", edit(m -> card(m, 1).put("id", "tp-ad")),
                        "ref.duplicateId", "$.touchpoints[1].id"),
                arguments("lane reuses a stage id", edit(m -> lane(m, 0).put("id", "search")),
                        "ref.duplicateId", "$.lanes[0].id"),
                arguments("touchpoint in a missing stage", edit(m -> card(m, 3).put("stage", "checkout")),
                        "ref.missingStage", "$.touchpoints[3].stage"),
                arguments("touchpoint in a missing lane", edit(m -> card(m, 3).put("lane", "backstage")),
                        "ref.missingLane", "$.touchpoints[3].lane"),
                arguments("link to a missing card", edit(m -> link(m, 0, 2).put("to", "tp-gone")),
                        "ref.missingTouchpoint", "$.chains[0].links[2].to"),
                arguments("missing next chain", edit(m -> chain(m, 0).put("nextChain", "ch-gone")),
                        "ref.missingChain", "$.chains[0].nextChain"),
                arguments("invalid stage id", edit(m -> stage(m, 2).put("id", "com pare")),
                        "value.invalidId", "$.stages[2].id"),
                arguments("invalid link id", edit(m -> link(m, 1, 0).put("from", "-x")),
                        "value.invalidId", "$.chains[1].links[0].from"),
                arguments("invalid criterion id", edit(m -> criteria(m, 0).put("not an id", 3)),
                        "value.invalidId", "$.touchpoints[0].criteria[\"not an id\"]"),
                arguments("invalid chain colour", edit(m -> chain(m, 0).put("color", "blue")),
                        "value.notColor", "$.chains[0].color"),
                arguments("invalid stage colour", edit(m -> stage(m, 0).put("color", "#12345")),
                        "value.notColor", "$.stages[0].color"),
                arguments("score above 5", edit(m -> criteria(m, 0).put("clarity", 6)),
                        "value.scoreOutOfRange", "$.touchpoints[0].criteria.clarity"),
                arguments("score below 1", edit(m -> criteria(m, 0).put("speed", 0)),
                        "value.scoreOutOfRange", "$.touchpoints[0].criteria.speed"),
                arguments("emotion above 2", edit(m -> card(m, 0).put("emotion", 3)),
                        "value.emotionOutOfRange", "$.touchpoints[0].emotion"),
                arguments("NPS above 100", edit(m -> metrics(m, 0).put("nps", 101)),
                        "value.metricOutOfRange", "$.touchpoints[0].metrics.nps"),
                arguments("negative cost", edit(m -> metrics(m, 0).put("cost", -0.5)),
                        "value.metricOutOfRange", "$.touchpoints[0].metrics.cost"),
                arguments("unknown metric", edit(m -> metrics(m, 0).put("happiness", 1)),
                        "value.unknownMetric", "$.touchpoints[0].metrics.happiness"),
                arguments("number too large for a double", raw("\"x\": 0,", "\"x\": 1e400,"),
                        "value.numberTooLarge", "$.touchpoints[0].x"),
                arguments("negative visitors", edit(m -> stage(m, 0).put("visitors", -1)),
                        "value.negative", "$.stages[0].visitors"),
                arguments("column width of zero", edit(m -> stage(m, 0).put("width", 0)),
                        "value.notPositive", "$.stages[0].width"),
                arguments("column width as text", edit(m -> stage(m, 1).put("width", "wide")),
                        "value.notNumber", "$.stages[1].width"),
                arguments("unknown rating", edit(m -> card(m, 2).put("rating", "great")),
                        "value.notOneOf", "$.touchpoints[2].rating"),
                arguments("enum in upper case", edit(m -> card(m, 0).put("category", "MATERIAL_OR_CONTENT")),
                        "value.notOneOf", "$.touchpoints[0].category"),
                arguments("rating as a number", edit(m -> card(m, 0).put("rating", 1)),
                        "value.notText", "$.touchpoints[0].rating"),
                arguments("position as text", edit(m -> card(m, 0).put("x", "left")),
                        "value.notNumber", "$.touchpoints[0].x"),
                arguments("fractional emotion", edit(m -> card(m, 3).put("emotion", -1.5)),
                        "value.notWholeNumber", "$.touchpoints[3].emotion"),
                arguments("score as text", edit(m -> criteria(m, 0).put("clarity", "4")),
                        "value.notWholeNumber", "$.touchpoints[0].criteria.clarity"),
                arguments("key point as text", edit(m -> card(m, 2).put("keyPoint", "yes")),
                        "value.notBoolean", "$.touchpoints[2].keyPoint"),
                arguments("stages as an object", edit(m -> m.putObject("stages")),
                        "value.notList", "$.stages"),
                arguments("touchpoint as text", edit(m -> ((ArrayNode) m.get("touchpoints")).set(4, "card")),
                        "value.notObject", "$.touchpoints[4]"),
                arguments("criteria as a list", edit(m -> card(m, 0).putArray("criteria")),
                        "value.notObject", "$.touchpoints[0].criteria"),
                arguments("touchpoint without id", edit(m -> card(m, 5).remove("id")),
                        "value.missing", "$.touchpoints[5]"),
                arguments("title missing", edit(m -> m.remove("title")),
                        "value.missing", "$"),
                arguments("unknown persona field", edit(m -> ((ObjectNode) m.get("persona")).put("age", 34)),
                        "value.notAllowed", "$.persona.age"),
                arguments("unknown link field", edit(m -> link(m, 0, 0).put("label", "then")),
                        "value.notAllowed", "$.chains[0].links[0].label"),
                arguments("created is not a date", edit(m -> m.put("created", "last Tuesday")),
                        "value.notInstant", "$.created"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMaps")
    void brokenMapGivesOneMessageAtThePlace(String name, byte[] content, String key, String path) throws Exception {
        Path file = Files.write(folder.resolve("broken.cjm"), content);

        MapFileException e = LoadFailures.assertLoadFails(file, key);

        assertEquals(path, e.where().orElseThrow().jsonPath(), e.getMessage());
        assertTrue(e.getMessage().contains("(at " + path + ") — "), e.getMessage());
    }

    @Test
    void everyCaseStartsFromAValidSample() throws Exception {
        assertNotNull(MapJson.read(edit(m -> { }), "sample.cjm"));
    }

    private static byte[] edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode map = (ObjectNode) JSON.readTree(Files.readAllBytes(Samples.medicalClinic()));
            change.accept(map);
            return JSON.writeValueAsBytes(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] raw(String find, String replaceFirst) {
        try {
            String sample = Files.readString(Samples.medicalClinic());
            assertTrue(sample.contains(find));
            return sample.replaceFirst(java.util.regex.Pattern.quote(find), replaceFirst)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode item(ObjectNode map, String list, int index) {
        JsonNode node = map.get(list).get(index);
        return (ObjectNode) node;
    }

    private static ObjectNode stage(ObjectNode map, int index) {
        return item(map, "stages", index);
    }

    private static ObjectNode lane(ObjectNode map, int index) {
        return item(map, "lanes", index);
    }

    private static ObjectNode card(ObjectNode map, int index) {
        return item(map, "touchpoints", index);
    }

    private static ObjectNode chain(ObjectNode map, int index) {
        return item(map, "chains", index);
    }

    private static ObjectNode link(ObjectNode map, int chain, int index) {
        return (ObjectNode) chain(map, chain).get("links").get(index);
    }

    private static ObjectNode criteria(ObjectNode map, int card) {
        return (ObjectNode) card(map, card).get("criteria");
    }

    private static ObjectNode metrics(ObjectNode map, int card) {
        return (ObjectNode) card(map, card).get("metrics");
    }
}
