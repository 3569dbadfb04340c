package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The migration mechanism, shown with a made-up history: format 1 called touchpoints "cards",
 * format 2 called a card's stage "column", format 3 is today's shape.
 */
class MigrationsTest {
    private static final Migration CARDS_BECOME_TOUCHPOINTS = new Migration() {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public void apply(ObjectNode root) {
            root.set("touchpoints", root.remove("cards"));
        }
    };
    private static final Migration COLUMN_BECOMES_STAGE = new Migration() {
        @Override
        public int fromVersion() {
            return 2;
        }

        @Override
        public void apply(ObjectNode root) {
            for (JsonNode card : root.withArray("touchpoints")) {
                ((ObjectNode) card).set("stage", ((ObjectNode) card).remove("column"));
            }
        }
    };
    private static final MapReader READER_OF_FORMAT_3 =
            new MapReader(new Migrations(3, List.of(COLUMN_BECOMES_STAGE, CARDS_BECOME_TOUCHPOINTS)));

    private static final String STAGES_AND_LANES = """
            "title": "Old map",
            "stages": [{"id": "s1", "name": "Stage"}],
            "lanes": [{"id": "l1", "name": "Lane"}],
            """;

    private static JourneyMap read(String json) throws MapFileException {
        return READER_OF_FORMAT_3.read(json.getBytes(StandardCharsets.UTF_8), "old.cjm");
    }

    @Test
    void oldestFileIsMigratedStepByStepInOrder() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 1, " + STAGES_AND_LANES
                + "\"cards\": [{\"id\": \"t1\", \"name\": \"Card\", \"column\": \"s1\", \"lane\": \"l1\"}]}");

        assertEquals("s1", map.touchpoint("t1").stageId());
        assertTrue(map.unknownFields().isEmpty(), "the old field names are gone after migration");
        assertTrue(map.touchpoint("t1").unknownFields().isEmpty());
    }

    @Test
    void fileInBetweenRunsOnlyTheLaterSteps() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 2, " + STAGES_AND_LANES
                + "\"touchpoints\": [{\"id\": \"t1\", \"name\": \"Card\", \"column\": \"s1\", \"lane\": \"l1\"}]}");

        assertEquals("s1", map.touchpoint("t1").stageId());
    }

    @Test
    void currentFileIsNotMigrated() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 3, " + STAGES_AND_LANES
                + "\"touchpoints\": [{\"id\": \"t1\", \"name\": \"Card\", \"stage\": \"s1\", \"lane\": \"l1\"}]}");

        assertEquals("s1", map.touchpoint("t1").stageId());
    }

    @Test
    void fileNewerThanTheNewestStepIsRefused() {
        MapFileException e = assertThrows(MapFileException.class,
                () -> read("{\"format\": \"touchmap\", \"formatVersion\": 4, \"title\": \"New\"}"));
        assertEquals("format.versionNewer", e.key());
        assertArrayEquals(new Object[]{"4", "3"}, e.args());
    }

    @Test
    void fileOlderThanTheOldestStepIsRefused() {
        MapFileException e = assertThrows(MapFileException.class,
                () -> read("{\"format\": \"touchmap\", \"formatVersion\": 0, \"title\": \"Ancient\"}"));
        assertEquals("format.versionUnsupported", e.key());
    }

    @Test
    void aMigrationThatCannotConvertGivesAMessage() {
        Migration refuses = new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public void apply(ObjectNode root) {
                throw FileProblem.at(JsonPath.ROOT.key("cards"), ProblemKind.NOT_LIST, "{…}");
            }
        };
        MapReader reader = new MapReader(new Migrations(2, List.of(refuses)));

        MapFileException e = assertThrows(MapFileException.class, () -> reader.read(
                "{\"format\": \"touchmap\", \"formatVersion\": 1, \"cards\": {}}".getBytes(StandardCharsets.UTF_8),
                "old.cjm"));
        assertEquals("value.notList", e.key());
        assertEquals("$.cards", e.where().orElseThrow().jsonPath());
    }

    @Test
    void aGapInTheHistoryIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(3, List.of(CARDS_BECOME_TOUCHPOINTS)));
        assertThrows(IllegalArgumentException.class,
                () -> new Migrations(2, List.of(CARDS_BECOME_TOUCHPOINTS, CARDS_BECOME_TOUCHPOINTS)));
        assertThrows(IllegalArgumentException.class, () -> new Migrations(2, List.of(COLUMN_BECOMES_STAGE)));
    }

    @Test
    void version2OnlyAddsSoAVersion1FileReadsAsItIs() {
        Migrations standard = Migrations.standard();
        assertEquals(MapJson.FORMAT_VERSION, standard.currentVersion());
        assertEquals(1, standard.oldestReadableVersion());
        assertTrue(standard.readsAsIs(1));
        assertTrue(standard.readsAsIs(2));
        assertFalse(standard.readsAsIs(0));
        assertFalse(standard.readsAsIs(3));
        assertFalse(new Migrations(2, List.of(CARDS_BECOME_TOUCHPOINTS)).readsAsIs(1),
                "a step that rewrites the tree needs the careful way");
    }
}
