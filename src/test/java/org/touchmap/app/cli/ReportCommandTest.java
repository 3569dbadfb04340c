package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.json.JsonValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ReportCommandTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve("medical-clinic.cjm");

    /**
     * Four stages with 1000, 400, 100 and 60 visitors; one negative key point in the second, none in the third.
     * The home page is better than the competitors', the cart worse.
     */
    private static final String FUNNEL_MAP = """
            {"format": "touchmap", "formatVersion": 1, "title": "Funnel",
             "stages": [{"id": "s1", "name": "Visit", "visitors": 1000},
                        {"id": "s2", "name": "Cart", "visitors": 400},
                        {"id": "s3", "name": "Order", "visitors": 100},
                        {"id": "s4", "name": "Repeat", "visitors": 60}],
             "lanes": [{"id": "l", "name": "L"}],
             "touchpoints": [{"id": "home", "name": "Home page", "stage": "s1", "lane": "l", "rating": "positive",
                              "competitor": "better"},
                             {"id": "cart", "name": "Cart", "stage": "s2", "lane": "l", "rating": "negative",
                              "keyPoint": true, "competitor": "worse"},
                             {"id": "mail", "name": "Thank-you mail", "stage": "s4", "lane": "l"}],
             "chains": [{"id": "c", "name": "Purchase", "color": "#000000",
                         "links": [{"from": "home", "to": "cart"}]}]}
            """;

    @TempDir
    Path folder;

    private Path funnelMap() throws IOException {
        return Files.writeString(folder.resolve("funnel.cjm"), FUNNEL_MAP, StandardCharsets.UTF_8);
    }

    /**
     * The bakery of the trial: 1000 → 800 → 300 → 200 customers. "Study and compare" loses 62.5 %, the most of
     * the map, although both its cards are positive; "Purchase" loses a third and has one negative card of two.
     */
    private static final String BAKERY_MAP = """
            {"format": "touchmap", "formatVersion": 1, "title": "Bakery",
             "stages": [{"id": "request", "name": "Request", "visitors": 1000},
                        {"id": "compare", "name": "Study and compare", "visitors": 800},
                        {"id": "purchase", "name": "Purchase", "visitors": 300},
                        {"id": "loyal", "name": "Loyal client", "visitors": 200}],
             "lanes": [{"id": "l", "name": "L"}],
             "touchpoints": [{"id": "post", "name": "Instagram post", "stage": "request", "lane": "l",
                              "rating": "positive"},
                             {"id": "menu", "name": "Website: menu and prices", "stage": "compare", "lane": "l",
                              "rating": "positive"},
                             {"id": "tasting", "name": "Tasting", "stage": "compare", "lane": "l",
                              "rating": "positive"},
                             {"id": "queue", "name": "Queue at the counter", "stage": "purchase", "lane": "l",
                              "rating": "negative"},
                             {"id": "pay", "name": "Card payment", "stage": "purchase", "lane": "l", "rating": "positive"},
                             {"id": "stamp", "name": "Loyalty stamp card", "stage": "loyal", "lane": "l",
                              "rating": "positive"}]}
            """;

    @Test
    void theWorstDropInAnAllPositiveStageIsNotGoodAndIsNamedAsTheBiggestLeak() throws IOException {
        Path map = Files.writeString(folder.resolve("bakery.cjm"), BAKERY_MAP, StandardCharsets.UTF_8);

        CliRun json = CliRun.of("report", map.toString(), "--json");

        assertEquals(0, json.exitCode(), json.err());
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(json.out());
        Map<?, ?> compare = (Map<?, ?>) ((List<?>) root.get("stages")).get(1);
        assertEquals("Study and compare", compare.get("name"));
        assertEquals(0.0, compare.get("shareNegative"), "all its cards are positive");
        assertNotEquals("GOOD", compare.get("health"));
        assertEquals(0.625, compare.get("dropOffToNext"));
        assertEquals(true, compare.get("biggestLeak"));
        assertEquals(Map.of("stage", "compare", "stageName", "Study and compare", "nextStage", "purchase",
                "nextStageName", "Purchase", "fromVisitors", 800, "toVisitors", 300, "dropOff", 0.625),
                root.get("biggestLeak"));
        String text = CliRun.of("report", map.toString()).out();
        assertTrue(text.contains("Most customers are lost after Study and compare: 62.5 %"), text);
    }

    @Test
    void typedInCardsCountTheirChannelsAsPresent() throws IOException {
        Path map = Files.writeString(folder.resolve("bakery.cjm"), BAKERY_MAP.replace(
                "\"title\": \"Bakery\",", "\"title\": \"Bakery\", \"template\": \"client-5\","),
                StandardCharsets.UTF_8);

        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", map.toString(), "--json").out());

        List<?> missing = (List<?>) ((Map<?, ?>) root.get("coverage")).get("missingTouchpoints");
        List<?> channels = missing.stream().map(m -> ((Map<?, ?>) m).get("channel")).toList();
        for (String named : List.of("payment", "loyalty-programme", "social-post")) {
            assertFalse(channels.contains(named), named + " is on the map by name: " + channels);
        }
    }

    @Test
    void theVoteIsRankedByDotsInJsonAndText() throws IOException {
        Path map = Files.writeString(folder.resolve("voted.cjm"), FUNNEL_MAP.replace("""
                "links": [{"from": "home", "to": "cart"}]}]}""", """
                "links": [{"from": "home", "to": "cart"}]}],
                 "voting": {"dotsPerPerson": 3, "ballots": [
                   {"participant": "Anna", "dots": {"mail": 1, "cart": 2}},
                   {"participant": "Boris", "dots": {"mail": 2}}]}}"""), StandardCharsets.UTF_8);

        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", map.toString(), "--json").out());
        Map<?, ?> votes = (Map<?, ?>) root.get("votes");
        assertEquals(3, votes.get("dotsPerPerson"));
        assertEquals(List.of(Map.of("name", "Anna", "dotsLeft", 0), Map.of("name", "Boris", "dotsLeft", 1)),
                votes.get("participants"));
        List<?> ranking = (List<?>) votes.get("ranking");
        assertEquals(List.of("mail", "cart"), ranking.stream().map(r -> ((Map<?, ?>) r).get("id")).toList());
        assertEquals(Map.of("rank", 1, "id", "mail", "name", "Thank-you mail", "stage", "s4", "dots", 3,
                "voters", List.of(Map.of("name", "Anna", "dots", 1), Map.of("name", "Boris", "dots", 2))), ranking.get(0));
        String text = CliRun.of("report", map.toString()).out();
        assertTrue(text.contains("  1. Thank-you mail (Repeat): 3 (Anna 1, Boris 2)"), text);
    }

    @Test
    void theClinicSampleLacksTheTypicalTouchpointsOfItsTemplate() throws IOException {
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", SAMPLE.toString(), "--json").out());
        List<?> missing = (List<?>) ((Map<?, ?>) root.get("coverage")).get("missingTouchpoints");

        assertEquals(List.of("word-of-mouth", "social-ads", "support-complaint"),
                missing.stream().map(m -> ((Map<?, ?>) m).get("channel")).toList(),
                "the card \"SMS and e-mail offers\" names the e-mail newsletter");
        assertEquals(Map.of("channel", "social-ads", "channelName", "Social ads", "stage", "awareness",
                "stageName", "Problem awareness"), missing.get(1));
        assertTrue(CliRun.of("report", SAMPLE.toString()).out().contains(
                "  Typical touchpoints the map lacks: Word of mouth / referral (Problem awareness), Social ads"),
                "the text report names them too");
    }

    @Test
    void jsonGivesConversionsOfFortyTwentyFiveAndSixtyPercent() throws IOException {
        CliRun run = CliRun.of("report", funnelMap().toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(run.out());
        assertEquals(List.of("format", "reportVersion", "title", "stages", "funnel", "weakLinks", "brokenChains",
                "coverage", "votes", "biggestLeak"), List.copyOf(root.keySet()));
        assertNull(root.get("votes"), "nobody voted on the funnel map");
        assertEquals("touchmap-report", root.get("format"));
        assertEquals(1, root.get("reportVersion"));
        List<?> funnel = (List<?>) root.get("funnel");
        assertEquals(List.of(0.4, 0.25, 0.6), funnel.stream().map(step -> ((Map<?, ?>) step).get("conversion")).toList());
        assertEquals(List.of(0.6, 0.75, 0.4), funnel.stream().map(step -> ((Map<?, ?>) step).get("dropOff")).toList());
        List<?> stages = (List<?>) root.get("stages");
        assertEquals(Arrays.asList(0.4, 0.25, 0.6, null),
                stages.stream().map(stage -> ((Map<?, ?>) stage).get("conversionToNext")).toList());
        Map<?, ?> cart = (Map<?, ?>) stages.get(1);
        assertEquals(400, cart.get("visitors"));
        assertEquals(1, cart.get("negative"));
        assertEquals(1.0, cart.get("shareNegative"));
        assertEquals("POOR", cart.get("health"));
        assertNull(cart.get("criteriaAverage"));
        assertTrue(cart.containsKey("criteriaAverage"), "unknown numbers are null, never left out");
        Map<?, ?> weakest = (Map<?, ?>) ((List<?>) root.get("weakLinks")).get(0);
        assertEquals(Map.of("rank", 1, "id", "cart", "name", "Cart", "stage", "s2", "keyPoint", true,
                "reason", "KEY_POINT"), withoutNulls(weakest));
        assertEquals(List.of("id", "name", "phase", "positive", "neutral", "negative", "unrated", "total", "visitors",
                "conversionToNext", "shareNegative", "criteriaAverage", "health", "competition", "dropOffToNext",
                "biggestLeak", "painPoints", "opportunities"),
                List.copyOf(cart.keySet()), "new keys come after the first version's");
        Map<?, ?> coverage = (Map<?, ?>) root.get("coverage");
        assertEquals(List.of(Map.of("id", "s3", "name", "Order")), coverage.get("emptyStages"));
        assertEquals(List.of(Map.of("id", "c", "name", "Purchase")), coverage.get("unfinishedChains"));
        assertEquals(List.of(Map.of("id", "mail", "name", "Thank-you mail")), coverage.get("unchainedTouchpoints"));
    }

    @Test
    void jsonCountsCompetitorComparisonsPerStageWithAVerdict() throws IOException {
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", funnelMap().toString(), "--json").out());

        List<?> stages = (List<?>) root.get("stages");
        Map<?, ?> visit = (Map<?, ?>) ((Map<?, ?>) stages.get(0)).get("competition");
        assertEquals(List.of("better", "same", "worse", "competitorLacksIt", "weLackIt", "compared", "verdict"),
                List.copyOf(visit.keySet()));
        assertEquals(1, visit.get("better"));
        assertEquals(1, visit.get("compared"));
        assertEquals("AHEAD", visit.get("verdict"));
        Map<?, ?> cart = (Map<?, ?>) ((Map<?, ?>) stages.get(1)).get("competition");
        assertEquals(1, cart.get("worse"));
        assertEquals("BEHIND", cart.get("verdict"));
        assertEquals(List.of("AHEAD", "BEHIND", "NOT_COMPARED", "NOT_COMPARED"), stages.stream()
                .map(stage -> ((Map<?, ?>) ((Map<?, ?>) stage).get("competition")).get("verdict")).toList());
    }

    @Test
    void aPaymentThatIsNotMarkedAsKeyPointRanksAsAConversionPoint() throws IOException {
        Path map = Files.writeString(folder.resolve("pay.cjm"), """
                {"format": "touchmap", "formatVersion": 1, "title": "Pay",
                 "stages": [{"id": "s1", "name": "Buy"}],
                 "lanes": [{"id": "l", "name": "L"}],
                 "touchpoints": [{"id": "leaflet", "name": "Leaflet", "stage": "s1", "lane": "l", "rating": "negative",
                                  "criteria": {"clarity": 1}},
                                 {"id": "pay", "name": "Card payment", "stage": "s1", "lane": "l",
                                  "channel": "payment", "rating": "negative", "criteria": {"clarity": 4}}]}
                """, StandardCharsets.UTF_8);

        String out = CliRun.of("report", map.toString()).out();
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", map.toString(), "--json").out());

        assertTrue(out.contains("  1. Card payment (Buy, conversion point, criteria 4.0)"), out);
        assertTrue(out.contains("  2. Leaflet (Buy, criteria 1.0)"), out);
        assertEquals(List.of("CONVERSION_POINT", "OTHER"), ((List<?>) root.get("weakLinks")).stream()
                .map(link -> ((Map<?, ?>) link).get("reason")).toList());
    }

    /** The clinic's search stage with a lane of pain points and one of opportunities (format version 2). */
    private static final String NOTES_MAP = """
            {"format": "touchmap", "formatVersion": 2, "title": "Clinic",
             "stages": [{"id": "aware", "name": "Awareness"}, {"id": "search", "name": "Search"}],
             "lanes": [{"id": "l", "name": "Online"},
                       {"id": "pains", "name": "Pain points", "kind": "painPoints"},
                       {"id": "ideas", "name": "Ideas", "kind": "opportunities"},
                       {"id": "thoughts", "name": "Thoughts", "kind": "thoughts"}],
             "touchpoints": [], "chains": [],
             "notes": [{"id": "p1", "stage": "search", "lane": "pains", "text": "Waits 25 minutes in the chat"},
                       {"id": "p2", "stage": "search", "lane": "pains", "text": "No prices on the site"},
                       {"id": "o1", "stage": "search", "lane": "ideas", "text": "A chat bot for the five common questions"},
                       {"id": "t1", "stage": "aware", "lane": "thoughts", "text": "Is it only hay fever?"}]}
            """;

    @Test
    void painPointsAndOpportunitiesOfTheNotesLanesAreListedPerStage() throws IOException {
        Path map = Files.writeString(folder.resolve("clinic.cjm"), NOTES_MAP, StandardCharsets.UTF_8);

        String text = CliRun.of("report", map.toString()).out();
        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", map.toString(), "--json").out());

        assertTrue(text.contains("""
                Pain points (-) and opportunities (+) from the notes lanes
                  Search (pain points: 2, opportunities: 1)
                    - Waits 25 minutes in the chat
                    - No prices on the site
                    + A chat bot for the five common questions
                """.replace("\n", System.lineSeparator())), text);
        assertFalse(text.contains("Awareness ("), "a stage with only thoughts is not listed");
        List<?> stages = (List<?>) root.get("stages");
        Map<?, ?> search = (Map<?, ?>) stages.get(1);
        assertEquals(List.of(Map.of("id", "p1", "text", "Waits 25 minutes in the chat"),
                Map.of("id", "p2", "text", "No prices on the site")), search.get("painPoints"));
        assertEquals(List.of(Map.of("id", "o1", "text", "A chat bot for the five common questions")),
                search.get("opportunities"));
        assertEquals(List.of(), ((Map<?, ?>) stages.get(0)).get("painPoints"));
    }

    @Test
    void aMapWithoutNotesLanesHasNoNotesSectionInTheText() throws IOException {
        assertFalse(CliRun.of("report", funnelMap().toString()).out().contains("from the notes lanes"));
    }

    @Test
    void theDocumentedExampleIsWhatTheCommandPrints() throws IOException {
        String doc = Files.readString(Path.of("docs", "report-json.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        String out = CliRun.of("report", funnelMap().toString(), "--json").out();

        assertEquals(example.strip(), out.strip());
    }

    @Test
    void jsonIsTheSameEveryTime() throws IOException {
        Path map = funnelMap();
        assertEquals(CliRun.of("report", map.toString(), "--json").out(),
                CliRun.of("report", map.toString(), "--json").out());
    }

    @Test
    void jsonFlagsAStageWithMoreVisitorsThanTheOneBefore() throws IOException {
        Path map = Files.writeString(folder.resolve("grows.cjm"), FUNNEL_MAP.replace("\"visitors\": 100}", "\"visitors\": 500}"));

        Map<?, ?> root = (Map<?, ?>) JsonValues.read(CliRun.of("report", map.toString(), "--json").out());

        List<?> funnel = (List<?>) root.get("funnel");
        assertEquals(List.of(false, true, false),
                funnel.stream().map(step -> ((Map<?, ?>) step).get("moreVisitorsThanBefore")).toList());
        assertEquals(1.25, ((Map<?, ?>) funnel.get(1)).get("conversion"));
    }

    @Test
    void textShowsTheStageAndCompetitorTablesWeakLinksBrokenChainsAndCoverage() {
        CliRun run = CliRun.of("report", SAMPLE.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("Report: \"Medical clinic: a new patient's first visit\""), out);
        assertTrue(out.contains("Problem awareness         1    1    0        0      12000      15.0 %  poor"), out);
        assertTrue(out.contains("Most customers are lost after Problem awareness: 85.0 % (10200 of 12000 do not reach"
                + " Information search)"), "the clinic loses most of its customers after awareness: " + out);
        assertTrue(out.contains("Post-purchase reaction    2    0    1        0        180           -  watch"), out);
        assertTrue(out.contains("  1. Booking by phone (Comparison of options, key point, criteria 2.5)"), out);
        assertTrue(out.contains("stage                  better  same  worse  they lack  we lack  verdict"), out);
        assertTrue(out.contains("Comparison of options       0     0      1          0        1  behind"), out);
        assertTrue(out.contains("Problem awareness           0     0      0          0        0  not compared"), out);
        assertTrue(out.contains("  First visit: Question in the site chat -> Booking by phone"), out);
        assertTrue(out.contains("  Stages with no touchpoints: none"), out);
        assertTrue(out.contains("  Chains that stop before the last stage: none"), out);
    }

    @Test
    void textShowsConversionAsPercentages() throws IOException {
        String out = CliRun.of("report", funnelMap().toString()).out();

        assertTrue(out.contains("40.0 %"), out);
        assertTrue(out.contains("25.0 %"), out);
        assertTrue(out.contains("60.0 %"), out);
    }

    @Test
    void unreadableMapFailsWithOneLine() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.cjm"), "not a map");

        CliRun run = CliRun.of("report", broken.toString(), "--json");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: " + broken + ": "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRun.of("report").exitCode());
        assertEquals(2, CliRun.of("report", "a.cjm", "--csv").exitCode());
    }

    @Test
    void helpListsTheReportCommand() {
        assertTrue(CliRun.of("--help").out().contains("report"));
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
