package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.json.JsonValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DiffCommandTest {
    private static final String STAGES = """
             "stages": [{"id": "awareness", "name": "Awareness"}, {"id": "search", "name": "Search"},
                        {"id": "compare", "name": "Compare"}],
             "lanes": [{"id": "l", "name": "L"}],
            """;
    private static final String BEFORE = """
            {"format": "touchmap", "formatVersion": 1, "title": "Before",
            """ + STAGES + """
             "touchpoints": [{"id": "flyer", "name": "Flyer", "stage": "awareness", "lane": "l", "rating": "positive"},
                             {"id": "site", "name": "Site", "stage": "search", "lane": "l", "rating": "positive"},
                             {"id": "phone", "name": "Booking by phone", "stage": "compare", "lane": "l",
                              "rating": "neutral"}]}
            """;
    /** The map before with the flyer removed, a chat bot added and the phone booking re-rated. */
    private static final String AFTER = """
            {"format": "touchmap", "formatVersion": 1, "title": "After",
            """ + STAGES + """
             "touchpoints": [{"id": "site", "name": "Site", "stage": "search", "lane": "l", "rating": "positive"},
                             {"id": "bot", "name": "Chat bot", "stage": "search", "lane": "l"},
                             {"id": "phone", "name": "Booking by phone", "stage": "compare", "lane": "l",
                              "rating": "negative"}]}
            """;

    @TempDir
    Path folder;

    private String write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8).toString();
    }

    @Test
    void listsExactlyTheAddedTheRemovedAndTheReratedCard() throws IOException {
        CliRun run = CliRun.of("diff", write("before.cjm", BEFORE), write("after.cjm", AFTER), "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "+ added    \"Chat bot\" (Search)",
                "~ rerated  \"Booking by phone\" (Compare): neutral → negative",
                "- removed  \"Flyer\" (Awareness)",
                "Differences: 1 added, 1 removed, 0 moved, 1 re-rated, 0 renamed, 0 edited."), run.out().lines().toList());
    }

    @Test
    void anEvidenceSourceChangedIsAnEditNamingTheField() throws IOException {
        String after = AFTER.replace("\"name\": \"Booking by phone\",",
                "\"name\": \"Booking by phone\", \"evidenceSource\": \"calls/march.mp3\",");
        assertNotEquals(AFTER, after, "the sample has the card to change");
        CliRun run = CliRun.of("diff", write("before.cjm", BEFORE), write("after.cjm", after), "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.equals("# edited   \"Booking by phone\" (Compare): Evidence source")),
                run.out());
    }

    @Test
    void listsTheSameThreeChangesAsJson() throws IOException {
        CliRun run = CliRun.of("diff", write("before.cjm", BEFORE), write("after.cjm", AFTER), "--json");

        assertEquals(0, run.exitCode(), run.err());
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(run.out());
        assertEquals("touchmap-diff", root.get("format"));
        assertEquals(1, root.get("diffVersion"));
        List<?> changes = (List<?>) root.get("changes");
        assertEquals(List.of("added", "rerated", "removed"), changes.stream().map(c -> ((Map<?, ?>) c).get("kind")).toList());
        Map<?, ?> rerated = (Map<?, ?>) changes.get(1);
        assertEquals("neutral", ((Map<?, ?>) rerated.get("before")).get("rating"));
        assertEquals(Map.of("id", "phone", "name", "Booking by phone", "stage", "compare", "stageName", "Compare",
                "rating", "negative"), rerated.get("after"));
        assertNull(((Map<?, ?>) changes.get(0)).get("before"), "an added card has no before");
        assertEquals(Map.of("added", 1, "removed", 1, "moved", 0, "rerated", 1, "renamed", 0, "edited", 0),
                root.get("counts"));
    }

    private static String withNotes(String map, String notes) {
        return map.replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                .replace("\"lanes\": [{\"id\": \"l\", \"name\": \"L\"}],",
                        "\"lanes\": [{\"id\": \"l\", \"name\": \"L\"}, {\"id\": \"back\", \"name\": \"Back\", "
                                + "\"kind\": \"backstage\"}],")
                .replaceFirst("]}\\s*$", "], \"notes\": " + notes + "}");
    }

    @Test
    void aStepsNewOwnerAndAnAddedNoteAreListedAfterTheCardsWithTheirCounts() throws IOException {
        String before = withNotes(BEFORE, """
                [{"id": "n1", "stage": "compare", "lane": "back", "text": "Book the slot", "owner": "Reception"}]""");
        String after = withNotes(BEFORE, """
                [{"id": "n1", "stage": "compare", "lane": "back", "text": "Book the slot", "owner": "Front desk",
                  "supports": ["phone"]},
                 {"id": "n2", "stage": "search", "lane": "back", "text": "Update the site"}]""");

        CliRun run = CliRun.of("diff", write("before.cjm", before), write("after.cjm", after), "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                # edited   note "Book the slot" (Back, Compare): who does it "Reception" → "Front desk"; supports [] → [phone]
                + added    note "Update the site" (Back, Search)
                Notes: 1 added, 0 removed, 0 moved, 1 edited.
                """, run.out());
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(CliRun.of("diff", write("b.cjm", before), write("a.cjm", after),
                "--json").out());
        assertEquals(Map.of("added", 1, "removed", 0, "moved", 0, "edited", 1), json.get("noteCounts"));
        Map<?, ?> edited = (Map<?, ?>) ((List<?>) json.get("noteChanges")).get(0);
        assertEquals("Front desk", ((Map<?, ?>) edited.get("after")).get("owner"));
        assertEquals("backstage", ((Map<?, ?>) edited.get("after")).get("laneKind"));
        assertEquals(List.of("phone"), ((Map<?, ?>) edited.get("after")).get("supports"));
    }

    @Test
    void aMapComparedWithItselfHasNoDifferencesInEveryLanguage() throws IOException {
        String map = write("before.cjm", BEFORE);

        assertEquals("No differences.\n", CliRun.of("diff", map, map, "--lang", "en").out());
        assertEquals("Различий нет.\n", CliRun.of("diff", map, map, "--lang", "ru").out());
        assertEquals("Нема разлика.\n", CliRun.of("diff", map, map, "--lang", "sr").out());
    }

    @Test
    void russianTextNamesTheKindsAndRatingsInRussian() throws IOException {
        CliRun run = CliRun.of("diff", write("before.cjm", BEFORE), write("after.cjm", AFTER), "--lang", "ru");

        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "~ переоценена +\"Booking by phone\" \\(Compare\\): нейтральная → негативная")), run.out());
    }

    @Test
    void anUnreadableFileGivesOneErrorLineAndExitCodeOne() throws IOException {
        String broken = write("broken.cjm", "{\"format\": \"touchmap\", ");
        CliRun run = CliRun.of("diff", write("before.cjm", BEFORE), broken);

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("broken.cjm"), run.err());
    }

    @Test
    void aMissingFileGivesExitCodeOneAndAMissingArgumentTwo() throws IOException {
        CliRun missing = CliRun.of("diff", folder.resolve("nowhere.cjm").toString(), write("after.cjm", AFTER));
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nowhere.cjm"), missing.err());

        assertEquals(2, CliRun.of("diff", write("before.cjm", BEFORE)).exitCode());
    }
}
