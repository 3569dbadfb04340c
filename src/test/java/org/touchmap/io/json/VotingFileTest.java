package org.touchmap.io.json;

import org.touchmap.io.LoadFailures;
import org.touchmap.io.MapFileException;
import org.touchmap.io.Samples;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Voting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The optional {@code "voting"} object: written only when someone voted, read back equal, checked on load. */
class VotingFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static JourneyMap votedClinic() {
        JourneyMap map = MedicalClinicMap.build();
        map.setVoting(new Voting(4, java.util.List.of()).withParticipant("Anna").withParticipant("Борис")
                .withDotsAdded("Anna", "tp-phone", 2).withDotsAdded("Anna", "tp-chat", 1)
                .withDotsAdded("Борис", "tp-phone", 1));
        return map;
    }

    @Test
    void aVoteSurvivesSaveAndOpen() throws Exception {
        JourneyMap map = votedClinic();
        byte[] file = MapJson.write(map);
        JourneyMap reopened = MapJson.read(file, "voted.cjm");
        assertEquals(map.voting(), reopened.voting());
        assertEquals(map, reopened);
        assertArrayEquals(file, MapJson.write(reopened));
    }

    @Test
    void theVoteIsWrittenAfterTheChainsInTheDocumentedShape() {
        String text = new String(MapJson.write(votedClinic()), StandardCharsets.UTF_8);
        assertTrue(text.indexOf("\n  \"chains\": ") < text.indexOf("\n  \"voting\": "), text);
        assertTrue(text.contains("\"voting\": {\n    \"dotsPerPerson\": 4,\n    \"ballots\": [\n      {\n"
                + "        \"participant\": \"Anna\",\n        \"dots\": {\n          \"tp-phone\": 2,\n"
                + "          \"tp-chat\": 1\n        }\n      },"), text);
    }

    @Test
    void aMapNobodyVotedOnHasNoVotingKey() throws Exception {
        byte[] asset = Files.readAllBytes(Samples.medicalClinic());
        assertArrayEquals(asset, MapJson.write(MedicalClinicMap.build()));
        assertFalse(new String(asset, StandardCharsets.UTF_8).contains("\"voting\""));
        assertEquals(Voting.NONE, MapJson.read(asset, "clinic.cjm").voting());
    }

    @Test
    void participantsWithoutDotsAreKept() throws Exception {
        JourneyMap map = MedicalClinicMap.build();
        map.setVoting(Voting.NONE.withParticipant("Anna"));
        assertEquals(map.voting(), MapJson.read(MapJson.write(map), "m.cjm").voting());
    }

    @Test
    void theGoldenFileWithAVoteMeetsTheSchema() throws Exception {
        var schema = JSON.readTree(Files.readAllBytes(Path.of("docs/touchmap.schema.json")));
        var golden = JSON.readTree(GoldenFileTest.resource("golden/v1-voting.cjm"));
        assertEquals(java.util.List.of(), SchemaCheck.problems(schema, golden, true));
    }

    static Stream<Arguments> brokenVotes() {
        return Stream.of(
                arguments("vote for a missing card", vote(v -> ballot(v).putObject("dots").put("tp-gone", 1)),
                        "ref.missingTouchpoint", "$.voting.ballots[0].dots[\"tp-gone\"]"),
                arguments("zero dots on a card", vote(v -> ballot(v).putObject("dots").put("tp-phone", 0)),
                        "value.notPositive", "$.voting.ballots[0].dots[\"tp-phone\"]"),
                arguments("negative dots on a card", vote(v -> ballot(v).putObject("dots").put("tp-phone", -2)),
                        "value.notPositive", "$.voting.ballots[0].dots[\"tp-phone\"]"),
                arguments("more dots than allowed", vote(v -> ballot(v).putObject("dots").put("tp-phone", 4)),
                        "vote.tooManyDots", "$.voting.ballots[0].dots"),
                arguments("participant twice", vote(v -> v.withArray("ballots").addObject().put("participant", "anna")),
                        "vote.duplicateParticipant", "$.voting.ballots[1].participant"),
                arguments("blank participant", vote(v -> ballot(v).put("participant", "  ")),
                        "vote.participantBlank", "$.voting.ballots[0].participant"),
                arguments("no participant", vote(v -> ballot(v).remove("participant")),
                        "value.missing", "$.voting.ballots[0]"),
                arguments("zero dots per person", vote(v -> v.put("dotsPerPerson", 0)),
                        "vote.dotsOutOfRange", "$.voting.dotsPerPerson"),
                arguments("dots as text", vote(v -> ballot(v).putObject("dots").put("tp-phone", "two")),
                        "value.notWholeNumber", "$.voting.ballots[0].dots[\"tp-phone\"]"),
                arguments("unknown ballot field", vote(v -> ballot(v).put("colour", "red")),
                        "value.notAllowed", "$.voting.ballots[0].colour"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVotes")
    void aBrokenVoteGivesOneMessageAtThePlace(String name, byte[] content, String key, String path) throws Exception {
        Path file = Files.write(folder.resolve("broken.cjm"), content);

        MapFileException e = LoadFailures.assertLoadFails(file, key);

        assertEquals(path, e.where().orElseThrow().jsonPath(), e.getMessage());
    }

    /** The clinic sample with a vote of three dots each and one participant, Anna, then changed. */
    private static byte[] vote(Consumer<ObjectNode> change) {
        try {
            ObjectNode map = (ObjectNode) JSON.readTree(Files.readAllBytes(Samples.medicalClinic()));
            ObjectNode voting = map.putObject("voting");
            voting.put("dotsPerPerson", 3);
            voting.putArray("ballots").addObject().put("participant", "Anna").putObject("dots").put("tp-phone", 1);
            change.accept(voting);
            return JSON.writeValueAsBytes(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode ballot(ObjectNode voting) {
        return (ObjectNode) voting.get("ballots").get(0);
    }
}
