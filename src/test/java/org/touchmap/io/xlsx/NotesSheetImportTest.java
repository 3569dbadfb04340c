package org.touchmap.io.xlsx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.edit.CommandStack;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Note;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.io.xlsx.TestSheets.row;

/** Notes sheets as people and other programs leave them: headers in any language, bad ids, no header at all. */
class NotesSheetImportTest {
    @TempDir
    Path folder;

    private final JourneyMap map = withThoughts(MedicalClinicMap.build());

    private static JourneyMap withThoughts(JourneyMap map) {
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        map.addLane(thoughts);
        map.addNote(new Note("n1", "Is it serious?", "awareness", "thoughts"));
        return map;
    }

    private WorkbookChanges read(List<List<Object>> touchpoints, List<List<Object>> notes) throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(WorkbookSheets.TOUCHPOINTS, touchpoints);
        sheets.put(WorkbookSheets.NOTES, notes);
        return WorkbookImport.read(map, TestSheets.sheets(folder.resolve("notes.xlsx"), sheets));
    }

    private static List<List<Object>> cardsUnchanged() {
        return List.of(row("Id", "Name"), row("tp-phone", "Booking by phone"));
    }

    private static List<String> keys(WorkbookChanges changes) {
        return changes.problems().stream().map(CellProblem::messageKey).toList();
    }

    @Test
    void headersInAnyLanguageAndOrderAreRead() throws Exception {
        WorkbookChanges changes = read(cardsUnchanged(), List.of(
                row("Текст", "Идентификатор", "Етапа", "lane", "Вид дорожки"),
                row("Is it serious? Will it hurt?", "n1", "Problem awareness", "Thoughts", "whatever the kind says"),
                row("Who is near?", null, "Information search", "thoughts", null)));

        JourneyMap result = map.copy();
        new CommandStack(result).execute(changes.command());

        assertEquals(List.of(), changes.problems());
        assertEquals("Is it serious? Will it hurt?", result.findNote("n1").orElseThrow().name());
        assertEquals(1, changes.notesAddedCount(), "a lane found by its id too, as on the Touchpoints sheet");
        assertEquals("Who is near?", result.notes().get(1).name());
    }

    @Test
    void aNotesSheetWithoutAHeaderRowIsOneProblemAndTheCardsStillCome() throws Exception {
        WorkbookChanges changes = read(
                List.of(row("Id", "Name", "Rating"), row("tp-phone", "Booking by phone", "Positive")),
                List.of(row("just", "some", "words")));

        assertEquals(1, changes.changedCount());
        assertEquals(List.of("problem.notesWithoutHeader"), keys(changes));
        assertEquals("Notes!A1 (Id): the Notes sheet has no header row with an Id and a Text column in its first 20"
                + " rows, so its notes are not read; copy the header row of an exported workbook",
                changes.problems().get(0).message(Locale.ROOT));
    }

    @Test
    void aRepeatedIdAndAnIdThatCanNeverBeOneAreProblemsOfTheirRows() throws Exception {
        WorkbookChanges changes = read(cardsUnchanged(), List.of(
                row("Id", "Stage", "Lane", "Text"),
                row("n1", "Problem awareness", "Thoughts", "Is it serious?"),
                row("n1", "Problem awareness", "Thoughts", "Twice"),
                row("not an id!", "Problem awareness", "Thoughts", "Bad id")));

        assertFalse(changes.hasChanges());
        assertEquals(List.of("problem.duplicateId", "problem.badNoteId"), keys(changes));
        assertEquals("Notes!A3", changes.problems().get(0).cellReference());
    }

    @Test
    void aNewNoteKeepsAValidUnusedIdButNeverOneANewCardTook() throws Exception {
        WorkbookChanges changes = read(
                List.of(row("Id", "Name", "Stage"), row("x-1", "Parking", "Purchase decision")),
                List.of(row("Id", "Stage", "Lane", "Text"),
                        row("x-1", "Purchase decision", "Thoughts", "Where do I park?"),
                        row("x-2", "Purchase decision", "Thoughts", "Is it far?")));

        JourneyMap result = map.copy();
        new CommandStack(result).execute(changes.command());

        assertEquals(List.of(), changes.problems());
        assertTrue(result.hasTouchpoint("x-1"));
        assertTrue(result.findNote("x-2").isPresent(), "a valid unused id is kept");
        Note park = result.notes().stream().filter(n -> n.name().equals("Where do I park?")).findFirst().orElseThrow();
        assertNotEquals("x-1", park.id(), "the card took it first");
    }

    @Test
    void aClearedTextIsAProblemAndChangesNothing() throws Exception {
        WorkbookChanges changes = read(cardsUnchanged(), List.of(row("Id", "Text"), row("n1", "  ")));

        assertFalse(changes.hasChanges());
        assertEquals(List.of("problem.noteTextRequired"), keys(changes));
    }
}
