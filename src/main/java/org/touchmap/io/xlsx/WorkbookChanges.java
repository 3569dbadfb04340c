package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.edit.ImportFromFile;

/**
 * What a workbook would change on the map, for a person to confirm before anything happens:
 * the changes of its cards and notes as one undoable command, a summary to show, and the cells
 * that could not be used.
 */
public final class WorkbookChanges {
    private final Command command;
    private final List<SummaryLine> lines;
    private final List<CellProblem> problems;
    private final int changedCount;
    private final int addedCount;
    private final long cardsNotInSheet;
    /** Whether the workbook had a Notes sheet; an older one says nothing about notes. */
    private final boolean readNotes;
    private final int notesChangedCount;
    private final int notesAddedCount;
    private final long notesNotInSheet;

    WorkbookChanges(String fileName, CardRows rows, Optional<NoteSheetImport> notesSheet) {
        Optional<NoteRows> noteRows = notesSheet.map(NoteSheetImport::rows);
        List<Command> commands = new ArrayList<>(rows.commands());
        noteRows.ifPresent(notes -> commands.addAll(notes.commands()));
        this.command = ImportFromFile.of(fileName, commands);
        List<SummaryLine> allLines = new ArrayList<>(rows.lines());
        noteRows.ifPresent(notes -> allLines.addAll(notes.lines()));
        this.lines = List.copyOf(allLines);
        List<CellProblem> allProblems = new ArrayList<>(rows.problems());
        notesSheet.ifPresent(sheet -> allProblems.addAll(sheet.problems()));
        noteRows.ifPresent(notes -> allProblems.addAll(notes.problems()));
        this.problems = List.copyOf(allProblems);
        this.changedCount = rows.changedCount();
        this.addedCount = rows.addedCount();
        this.cardsNotInSheet = rows.cardsNotInSheet();
        this.readNotes = noteRows.isPresent();
        this.notesChangedCount = noteRows.map(NoteRows::changedCount).orElse(0);
        this.notesAddedCount = noteRows.map(NoteRows::addedCount).orElse(0);
        this.notesNotInSheet = noteRows.map(NoteRows::notesNotInSheet).orElse(0L);
    }

    /** Whether executing {@link #command()} would change the map. */
    public boolean hasChanges() {
        return changedCount + addedCount + notesChangedCount + notesAddedCount > 0;
    }

    /** The cells that could not be used, in sheet order; their rows' other cells still count. */
    public List<CellProblem> problems() {
        return problems;
    }

    /**
     * Lines for a confirmation dialog or the command line: first the counts (of the notes too, on a
     * second line, when the workbook has a Notes sheet), then one line per changed cell ("Call
     * centre: Rating Neutral → Negative") and per new card or note, then the cards and notes the
     * sheets leave out ({@link #closingLineCount()} lines).
     */
    public List<String> summary(Locale locale) {
        List<String> summary = new ArrayList<>();
        summary.add(hasChanges()
                ? ColumnText.message(locale, "summary.counts", changedCount, addedCount, problems.size())
                : ColumnText.message(locale, "summary.nothing", problems.size()));
        if (hasChanges() && readNotes) {
            summary.add(ColumnText.message(locale, "summary.noteCounts", notesChangedCount, notesAddedCount));
        }
        lines.forEach(line -> summary.add(line.text(locale)));
        if (cardsNotInSheet > 0) {
            summary.add(ColumnText.message(locale, "summary.notInSheet", cardsNotInSheet));
        }
        if (notesNotInSheet > 0) {
            summary.add(ColumnText.message(locale, "summary.notesNotInSheet", notesNotInSheet));
        }
        return summary;
    }

    /**
     * Every valid change as one undo step called "Import from FILE"; for
     * {@code CommandStack.execute}. Nothing changes until it runs. Without changes it is an empty
     * step, so check {@link #hasChanges()} first.
     */
    public Command command() {
        return command;
    }

    /** How many lines at the end of {@link #summary} count the cards and notes the sheets leave out: 0 to 2. */
    public int closingLineCount() {
        return (cardsNotInSheet > 0 ? 1 : 0) + (notesNotInSheet > 0 ? 1 : 0);
    }

    /** How many lines at the start of {@link #summary} count the changes: 1, or 2 with the notes' counts. */
    public int openingLineCount() {
        return hasChanges() && readNotes ? 2 : 1;
    }

    /** How many cards of the map the sheet changes. */
    public int changedCount() {
        return changedCount;
    }

    /** How many new cards the sheet adds. */
    public int addedCount() {
        return addedCount;
    }

    /** How many notes of the map the Notes sheet changes. */
    public int notesChangedCount() {
        return notesChangedCount;
    }

    /** How many new notes the Notes sheet adds. */
    public int notesAddedCount() {
        return notesAddedCount;
    }
}
