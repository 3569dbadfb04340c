package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchmap.edit.CommandStack;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.io.xlsx.CellProblem;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** The Notes sheet exported, edited as a person would, and imported back into the map it came from (ADR 0025). */
class WorkbookNotesRoundTripTest {
    @TempDir
    Path folder;

    private final JourneyMap map;
    private final JourneyMap original;

    WorkbookNotesRoundTripTest() throws Exception {
        map = NotesWorkbooks.clinicWithNotes("");
        original = map.copy();
    }

    private Path editedNotes(Consumer<Sheet> edit) throws Exception {
        Path exported = export(map, ENGLISH, folder.resolve("clinic.xlsx"));
        return EditedWorkbooks.editWorkbook(exported, folder.resolve("edited-clinic.xlsx"),
                workbook -> edit.accept(workbook.getSheet("Notes")));
    }

    private static void set(Sheet notes, String id, String header, String value) {
        EditedWorkbooks.cell(notes, id, header).setCellValue(value);
    }

    private static Row newRow(Sheet notes, String stage, String lane, String text) {
        Row row = notes.createRow(notes.getLastRowNum() + 1);
        row.createCell(column(notes, "Stage")).setCellValue(stage);
        row.createCell(column(notes, "Lane")).setCellValue(lane);
        row.createCell(column(notes, "Text")).setCellValue(text);
        return row;
    }

    private static List<String> keys(WorkbookChanges changes) {
        return changes.problems().stream().map(CellProblem::messageKey).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ru", "sr"})
    void anUnchangedWorkbookWithNotesImportsBackWithoutAChange(String language) throws Exception {
        JourneyMap notes = NotesWorkbooks.clinicWithNotes(language);
        Locale locale = language.isEmpty() ? ENGLISH : Locale.forLanguageTag(language);
        Path file = export(notes, locale, folder.resolve("notes.xlsx"));

        WorkbookChanges changes = WorkbookImport.read(notes, file);

        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(Locale.ROOT)));
        assertEquals(List.of(), changes.problems());
        assertEquals(List.of("The sheet changes nothing on the map; cells with problems: 0"), changes.summary(ENGLISH));
    }

    @Test
    void aNoteTextEditedInTheSheetIsExactlyOneChangeUndoneAsOne() throws Exception {
        Path file = editedNotes(notes -> set(notes, "n-pain", "Text", "Nobody answers the phone"));

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertEquals(List.of("Cards changed: 0; new cards: 0; cells with problems: 0",
                "Notes changed: 1; new notes: 0",
                "Note \"Six rings and no answer\": Text Six rings and no answer → Nobody answers the phone"),
                changes.summary(ENGLISH));
        assertEquals(1, changes.notesChangedCount());
        assertEquals(0, changes.changedCount());
        assertEquals(1, ((CompositeCommand) changes.command()).parts().size(), "one change, nothing else");
        CommandStack stack = new CommandStack(map);
        stack.execute(changes.command());
        assertEquals("Nobody answers the phone", map.findNote("n-pain").orElseThrow().name());
        assertEquals("Import from edited-clinic.xlsx", stack.undoDescription().orElseThrow().text(ENGLISH));
        stack.undo();
        assertEquals(original, map);
        assertFalse(stack.canUndo(), "the import was one step");
    }

    @Test
    void aNoteEditedInTheSheetAndACardEditedInTheSameWorkbookAreOneUndoStep() throws Exception {
        Path exported = export(map, ENGLISH, folder.resolve("clinic.xlsx"));
        Path file = EditedWorkbooks.editWorkbook(exported, folder.resolve("both.xlsx"), workbook -> {
            EditedWorkbooks.cell(workbook.getSheet("Touchpoints"), "tp-phone", "Rating").setCellValue("Positive");
            set(workbook.getSheet("Notes"), "n-think", "Text", "Is it serious, doctor?");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);
        CommandStack stack = new CommandStack(map);
        stack.execute(changes.command());
        stack.undo();

        assertEquals(1, changes.changedCount());
        assertEquals(1, changes.notesChangedCount());
        assertEquals(original, map);
        assertFalse(stack.canUndo());
    }

    @Test
    void anOwnerAndTheSupportedTouchpointsEditedInTheSheetComeBack() throws Exception {
        Path file = editedNotes(notes -> {
            set(notes, "n-step", "Owner", "Call centre");
            set(notes, "n-step", "Supports", "tp-phone,tp-chat");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);
        new CommandStack(map).execute(changes.command());

        assertEquals(List.of(), changes.problems());
        assertEquals(2, ((CompositeCommand) changes.command()).parts().size());
        Note step = map.findNote("n-step").orElseThrow();
        assertEquals("Call centre", step.owner());
        assertEquals(List.of("tp-phone", "tp-chat"), step.supports());
        assertTrue(changes.summary(ENGLISH).contains("Note \"Nurse calls back\": Supports tp-phone → tp-phone, tp-chat"),
                () -> changes.summary(ENGLISH).toString());
    }

    @Test
    void aRowWithoutAnIdAddsANoteToTheStageAndLaneItNames() throws Exception {
        Path file = editedNotes(notes -> {
            Row row = newRow(notes, "Information search", "Thoughts", "Are they open on Saturday?");
            row.createCell(column(notes, "Supports")).setCellValue("tp-search");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);
        new CommandStack(map).execute(changes.command());

        assertEquals(List.of(), changes.problems());
        assertEquals(1, changes.notesAddedCount());
        assertTrue(changes.summary(ENGLISH).contains("New note \"Are they open on Saturday?\" in stage Information search, lane Thoughts"));
        Note added = map.notes().get(map.notes().size() - 1);
        assertEquals("Are they open on Saturday?", added.name());
        assertEquals("search", added.stageId());
        assertEquals("thoughts", added.laneId());
        assertEquals(List.of("tp-search"), added.supports());
        assertFalse(original.usesId(added.id()), "a fresh id");
    }

    @Test
    void aCardMovedIntoALaneOfNotesInTheSheetIsAProblemAndStaysWhereItIs() throws Exception {
        Path exported = export(map, ENGLISH, folder.resolve("clinic.xlsx"));
        Path file = EditedWorkbooks.editWorkbook(exported, folder.resolve("card-among-notes.xlsx"), workbook ->
                EditedWorkbooks.cell(workbook.getSheet("Touchpoints"), "tp-phone", "Lane").setCellValue("Thoughts"));

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(ENGLISH)));
        assertEquals(List.of("problem.unknownLane"), keys(changes));
        assertEquals(original.touchpoint("tp-phone").laneId(), map.touchpoint("tp-phone").laneId());
    }

    @Test
    void badRowsAreProblemsOfTheirCellsSayingWhatToDo() throws Exception {
        Path file = editedNotes(notes -> {
            newRow(notes, "Information search", "Online", "A note among the cards");
            newRow(notes, "Nowhere", "Thoughts", "A stage the map lacks");
            set(notes, "n-step", "Supports", "tp-phone, tp-nope");
            set(notes, "n-idea", "Stage", "Problem awareness");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(ENGLISH)));
        assertEquals(List.of("problem.noteStaysInStage", "problem.unknownTouchpoint", "problem.laneHoldsNoNotes",
                "problem.unknownStage"), keys(changes));
        assertEquals(List.of(
                "Notes!B5 (Stage): the note is in the stage \"Purchase decision\"; notes are moved on the map in"
                        + " Touchmap, not in the workbook, so this cell is not used",
                "Notes!G6 (Supports): the map has no touchpoint with the id \"tp-nope\"; use ids from the Id column"
                        + " of the Touchpoints sheet, separated by commas",
                "Notes!C7 (Lane): the lane \"Online\" does not hold notes; use a lane of notes:"
                        + " Thoughts, Pain points, Ideas, Behind the desk",
                "Notes!B8 (Stage): the map has no stage \"Nowhere\"; use the name of one of its stages"),
                changes.problems().stream().map(problem -> problem.message(ENGLISH)).toList());
        assertEquals(List.of("tp-phone"), map.findNote("n-step").orElseThrow().supports(), "the bad cell is not used");
    }

    @Test
    void aNewRowWithoutTextOrLaneIsAProblemAndAddsNothing() throws Exception {
        Path file = editedNotes(notes -> {
            newRow(notes, "Information search", "Thoughts", " ");
            newRow(notes, "Information search", "", "No lane");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertEquals(0, changes.notesAddedCount());
        assertEquals(List.of("problem.noteTextRequired", "problem.newNoteWithoutLane"), keys(changes));
    }

    @Test
    void aDeletedRowDeletesNoNoteAndTheSummarySaysSo() throws Exception {
        Path file = editedNotes(notes -> notes.removeRow(notes.getRow(1)));

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges());
        assertEquals(List.of("The sheet changes nothing on the map; cells with problems: 0",
                "Notes on the map but not in the Notes sheet: 1; they stay as they are"), changes.summary(ENGLISH));
        assertEquals(1, changes.closingLineCount());
    }

    @Test
    void aWorkbookWithoutTheNotesSheetImportsAsBefore() throws Exception {
        Path exported = export(map, ENGLISH, folder.resolve("clinic.xlsx"));
        Path file = EditedWorkbooks.editWorkbook(exported, folder.resolve("older.xlsx"), workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("Notes"));
            EditedWorkbooks.cell(workbook.getSheet("Touchpoints"), "tp-phone", "Rating").setCellValue("Positive");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertEquals(List.of("Cards changed: 1; new cards: 0; cells with problems: 0",
                "Booking by phone: Rating Negative → Positive"), changes.summary(ENGLISH));
        assertEquals(List.of(), changes.problems());
    }
}
