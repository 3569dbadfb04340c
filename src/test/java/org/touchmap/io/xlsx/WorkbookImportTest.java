package org.touchmap.io.xlsx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.edit.CommandStack;
import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.io.xlsx.TestSheets.row;

class WorkbookImportTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    Path folder;

    private final JourneyMap map = MedicalClinicMap.build();
    private final JourneyMap original = map.copy();

    private WorkbookChanges read(List<Object>... rows) throws Exception {
        return WorkbookImport.read(map, TestSheets.touchpoints(folder.resolve("edited.xlsx"), List.of(rows)));
    }

    private JourneyMap applied(WorkbookChanges changes) {
        JourneyMap result = map.copy();
        new CommandStack(result).execute(changes.command());
        return result;
    }

    @Test
    void onlyCellsThatDifferFromTheMapBecomeChanges() throws Exception {
        WorkbookChanges changes = read(
                row("Id", "Name", "Rating", "Owner"),
                row("tp-phone", "Booking by phone", "Negative", "Contact centre"),
                row("tp-ad", "Contextual ad \"Allergist, no queues\"", "Negative", "Marketing"));

        assertEquals(1, changes.changedCount());
        assertEquals(0, changes.addedCount());
        assertEquals(List.of(), changes.problems());
        assertEquals(Rating.NEGATIVE, applied(changes).touchpoint("tp-ad").rating());
        assertEquals(original, map, "nothing changes before the command runs");
    }

    @Test
    void headersInAnyLanguageAndOrderAndValuesInAnyLanguageAreRead() throws Exception {
        WorkbookChanges changes = read(
                row("Оценка", "Длительность внимания", "Название", "Идентификатор", "Compared with competitors"),
                row("Позитивна", "Долгое", "Запись по телефону", "tp-phone", "WE_LACK_IT"));

        JourneyMap result = applied(changes);
        Touchpoint phone = result.touchpoint("tp-phone");
        assertEquals(Rating.POSITIVE, phone.rating(), "a Serbian word under a Russian header");
        assertEquals(Attention.LONG, phone.attention());
        assertEquals("Запись по телефону", phone.name());
        assertEquals(CompetitorComparison.WE_LACK_IT, phone.competitor());
        assertEquals(1, changes.changedCount());
    }

    @Test
    void numbersAreAcceptedAsNumericCellsAndAsText() throws Exception {
        WorkbookChanges changes = read(
                row("Id", "Name", "NPS", "Cost", "Emotion (−2..+2)"),
                row("tp-phone", "Booking by phone", 12, "1 250,5", "−2"));

        Touchpoint phone = applied(changes).touchpoint("tp-phone");
        assertEquals(12.0, phone.metrics().get(Metric.NPS));
        assertEquals(1250.5, phone.metrics().get(Metric.COST));
        assertEquals(62.0, phone.metrics().get(Metric.CONVERSION_PERCENT), "a metric the sheet leaves out stays");
        assertEquals(-2, phone.emotion());
        assertEquals(List.of(), changes.problems());
    }

    @Test
    void aNumberColumnHoldingTextIsAProblemNamingSheetRowAndColumn() throws Exception {
        WorkbookChanges changes = read(
                row("Id", "Name", "NPS", "Rating"),
                row("tp-ad", "Contextual ad \"Allergist, no queues\"", "lots", "Negative"),
                row("tp-phone", "Booking by phone", 150, "great"));

        assertEquals(3, changes.problems().size());
        CellProblem notNumber = changes.problems().get(0);
        assertEquals(new CellProblem("Touchpoints", 2, "C", "NPS", "problem.notNumber", List.of("lots")), notNumber);
        assertEquals("Touchpoints!C2 (NPS): \"lots\" is not a number", notNumber.message(Locale.ROOT));
        assertEquals("Touchpoints!C3 (NPS): 150 is outside -100..100", changes.problems().get(1).message(Locale.ROOT));
        assertEquals("Touchpoints!D3 (Rating): \"great\" is not a rating; use Positive, Neutral, Negative or leave it empty",
                changes.problems().get(2).message(Locale.ROOT));
        assertTrue(changes.problems().get(2).message(RUSSIAN).startsWith("Touchpoints!D3 (Rating): «great» — не оценка"),
                changes.problems().get(2).message(RUSSIAN));
        assertEquals(Rating.NEGATIVE, applied(changes).touchpoint("tp-ad").rating(), "the good cell of a bad row counts");
        assertEquals(1, changes.changedCount());
    }

    @Test
    void problemsListTheWordsOfTheSheetsLanguage() throws Exception {
        WorkbookChanges changes = read(row("Идентификатор", "Название", "Онлайн или офлайн"),
                row("tp-phone", "Booking by phone", "по почте"));

        assertEquals("Touchpoints!C2 (Онлайн или офлайн): «по почте» — не одно из значений: Онлайн, Офлайн",
                changes.problems().get(0).message(RUSSIAN));
    }

    @Test
    void rowsWithoutAKnownIdBecomeNewCardsInTheNamedStage() throws Exception {
        WorkbookChanges changes = read(
                row("Id", "Name", "Stage", "Lane", "Channel", "Rating"),
                row(null, "Follow-up call", "Post-purchase reaction", "Offline", "Phone call", "Positive"),
                row("tp-letter", "Thank-you letter", "post-purchase REACTION", null, "Handwritten card", null));

        assertEquals(2, changes.addedCount());
        JourneyMap result = applied(changes);
        Touchpoint call = result.touchpoints().get(result.touchpoints().size() - 2);
        assertEquals("Follow-up call", call.name());
        assertEquals("after", call.stageId());
        assertEquals("offline", call.laneId());
        assertEquals("phone-call", call.channelId());
        assertEquals(Presence.OFFLINE, call.presence(), "a catalog channel brings its defaults");
        assertEquals(Rating.POSITIVE, call.rating());
        assertTrue(call.y() > map.touchpoint("tp-reminder").y(), "stacked below the card already in the cell");
        Touchpoint letter = result.touchpoint("tp-letter");
        assertEquals("online", letter.laneId(), "no lane: the first one");
        assertEquals("Handwritten card", letter.channelId(), "a channel of one's own");
        assertEquals(List.of("Cards changed: 0; new cards: 2; cells with problems: 0",
                        "New card \"Follow-up call\" in stage Post-purchase reaction, lane Offline",
                        "New card \"Thank-you letter\" in stage Post-purchase reaction, lane Online",
                        "Cards on the map but not in the sheet: 14; they stay as they are"),
                changes.summary(Locale.ROOT));
    }

    @Test
    void aPresenceCellThatContradictsTheOnlineOfflineLaneLeavesTheCardAsItsLaneSays() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Online or offline", "Owner"),
                row("tp-phone", "Booking by phone", "Online", "Reception"));

        Touchpoint phone = applied(changes).touchpoint("tp-phone");
        assertEquals("offline", phone.laneId());
        assertEquals(Presence.OFFLINE, phone.presence(), "the Offline lane decides");
        assertEquals("Reception", phone.owner(), "the row's other cells still count");
        assertEquals(List.of("Cards changed: 1; new cards: 0; cells with problems: 0",
                "Booking by phone: Owner Contact centre → Reception",
                "Booking by phone: Online or offline follows the lane: Offline in lane \"Offline\"; "
                        + "the sheet's Online is not used",
                "Cards on the map but not in the sheet: 13; they stay as they are"), changes.summary(Locale.ROOT));
    }

    @Test
    void aCardMovedIntoTheOtherLaneOfThePairTakesThatLanesPresenceWhateverThePresenceCellSays() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Lane", "Online or offline"),
                row("tp-phone", "Booking by phone", "Online", "Offline"));

        Touchpoint phone = applied(changes).touchpoint("tp-phone");
        assertEquals("online", phone.laneId());
        assertEquals(Presence.ONLINE, phone.presence());
        assertTrue(changes.summary(RUSSIAN).stream().anyMatch(line -> line.contains("дорожк")
                && line.contains("Онлайн")), changes.summary(RUSSIAN).toString());
    }

    @Test
    void aNewCardInTheOfflineLaneIsOfflineAndTheSummarySaysThePresenceCellWasNotUsed() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Stage", "Lane", "Online or offline"),
                row(null, "Follow-up call", "Post-purchase reaction", "Offline", "Online"));

        Touchpoint call = applied(changes).touchpoints().stream()
                .filter(card -> card.name().equals("Follow-up call")).findFirst().orElseThrow();
        assertEquals(Presence.OFFLINE, call.presence());
        assertTrue(changes.summary(Locale.ROOT).contains("Follow-up call: Online or offline follows the lane: "
                + "Offline in lane \"Offline\"; the sheet's Online is not used"), changes.summary(Locale.ROOT).toString());
    }

    @Test
    void aPresenceCellAloneThatTheLaneOverridesChangesNothingAndSaysWhy() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Online or offline"),
                row("tp-phone", "Booking by phone", "Online"));

        assertFalse(changes.hasChanges());
        assertEquals(Presence.OFFLINE, applied(changes).touchpoint("tp-phone").presence());
        assertTrue(changes.summary(Locale.ROOT).get(1).contains("follows the lane"), changes.summary(Locale.ROOT).toString());
    }

    @Test
    void anUnknownStageIsAProblemAndAddsNoCard() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Stage"), row("", "Lost card", "Loyalty"));

        assertFalse(changes.hasChanges());
        assertEquals("Touchpoints!C2 (Stage): the map has no stage \"Loyalty\"; use the name of one of its stages",
                changes.problems().get(0).message(Locale.ROOT));
    }

    @Test
    void aNewStageNameMovesTheCardToTheBottomOfItsNewCell() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Stage", "Lane"),
                row("tp-ad", "Contextual ad \"Allergist, no queues\"", "Purchase decision", "Offline"));

        Touchpoint moved = applied(changes).touchpoint("tp-ad");
        assertEquals("decide", moved.stageId());
        assertEquals("offline", moved.laneId());
        assertEquals(map.touchpointsInStage("decide").stream().mapToDouble(Touchpoint::y).max().orElseThrow() + 90,
                moved.y());
    }

    @Test
    void metricsOfOneRowAreOneChangeAndEmptyCellsClearThem() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Conversion %", "Cost", "NPS"),
                row("tp-ad", "Contextual ad \"Allergist, no queues\"", 4.5, null, 10));

        assertEquals(Map.of(Metric.CONVERSION_PERCENT, 4.5, Metric.NPS, 10.0), applied(changes).touchpoint("tp-ad").metrics());
        assertEquals(List.of("Cards changed: 1; new cards: 0; cells with problems: 0",
                "Contextual ad \"Allergist, no queues\": Conversion % 3.1 → 4.5",
                "Contextual ad \"Allergist, no queues\": Cost 420 → (empty)",
                "Contextual ad \"Allergist, no queues\": NPS (empty) → 10",
                "Cards on the map but not in the sheet: 13; they stay as they are"), changes.summary(Locale.ROOT));
    }

    @Test
    void theSummaryShowsValuesInTheLanguageAskedFor() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Rating"), row("tp-ad", "Contextual ad \"Allergist, no queues\"",
                "Negative"));

        assertEquals("Contextual ad \"Allergist, no queues\": Оценка Нейтральная → Негативная",
                changes.summary(RUSSIAN).get(1));
    }

    @Test
    void theComputedCriteriaAverageIsIgnored() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Criteria average"), row("tp-ad",
                "Contextual ad \"Allergist, no queues\"", 1.0));

        assertFalse(changes.hasChanges());
        assertEquals(List.of(), changes.problems());
    }

    @Test
    void aFormulaCellCountsAsTheValueItShowedAndIsNeverEvaluated() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name"),
                row("tp-ad", new TestSheets.Formula("UPPER(\"evaluated\")", "Cached name")));

        assertEquals("Cached name", applied(changes).touchpoint("tp-ad").name());
    }

    @Test
    void aRepeatedIdIsAProblemAndItsSecondRowIsSkipped() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name"), row("tp-ad", "First"), row("tp-ad", "Second"));

        assertEquals("First", applied(changes).touchpoint("tp-ad").name());
        assertEquals("Touchpoints!A3 (Id): the id \"tp-ad\" is already in row 2; this row is skipped",
                changes.problems().get(0).message(Locale.ROOT));
    }

    @Test
    void theHeaderRowMayComeBelowATitleAndEmptyRowsAreSkipped() throws Exception {
        WorkbookChanges changes = read(row("Touchpoints of the clinic"), row(), row("id", "name", "key point"),
                row(null, "   ", null), row("tp-ad", "Contextual ad \"Allergist, no queues\"", "yes"));

        assertTrue(applied(changes).touchpoint("tp-ad").keyPoint());
        assertEquals(0, changes.addedCount());
    }

    @Test
    void oneImportIsOneUndoStepNamedAfterTheFile() throws Exception {
        WorkbookChanges changes = read(row("Id", "Name", "Rating"), row("tp-ad", "Renamed", "Positive"),
                row(null, "New card", "Problem awareness"));
        CommandStack stack = new CommandStack(map);

        stack.execute(changes.command());

        assertEquals("Import from edited.xlsx", stack.undoDescription().orElseThrow().text(Locale.ROOT));
        assertEquals("Renamed", map.touchpoint("tp-ad").name());
        stack.undo();
        assertEquals(original, map);
    }
}
