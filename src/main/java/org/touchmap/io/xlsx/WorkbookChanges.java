package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.touchmap.edit.Command;
import org.touchmap.edit.ImportFromFile;

/**
 * What a workbook would change on the map, for a person to confirm before anything happens:
 * the changes as one undoable command, a summary to show, and the cells that could not be used.
 */
public final class WorkbookChanges {
    private final Command command;
    private final List<SummaryLine> lines;
    private final List<CellProblem> problems;
    private final int changedCount;
    private final int addedCount;
    private final long cardsNotInSheet;

    WorkbookChanges(String fileName, CardRows rows) {
        this.command = ImportFromFile.of(fileName, rows.commands());
        this.lines = List.copyOf(rows.lines());
        this.problems = List.copyOf(rows.problems());
        this.changedCount = rows.changedCount();
        this.addedCount = rows.addedCount();
        this.cardsNotInSheet = rows.cardsNotInSheet();
    }

    /** Whether executing {@link #command()} would change the map. */
    public boolean hasChanges() {
        return changedCount + addedCount > 0;
    }

    /** The cells that could not be used, in sheet order; their rows' other cells still count. */
    public List<CellProblem> problems() {
        return problems;
    }

    /**
     * Lines for a confirmation dialog or the command line: first the counts, then one line per
     * changed cell ("Call centre: Rating Neutral → Negative") and per new card, then the cards
     * the sheet leaves out.
     */
    public List<String> summary(Locale locale) {
        List<String> summary = new ArrayList<>();
        summary.add(hasChanges()
                ? ColumnText.message(locale, "summary.counts", changedCount, addedCount, problems.size())
                : ColumnText.message(locale, "summary.nothing", problems.size()));
        lines.forEach(line -> summary.add(line.text(locale)));
        if (cardsNotInSheet > 0) {
            summary.add(ColumnText.message(locale, "summary.notInSheet", cardsNotInSheet));
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

    /** Whether {@link #summary} ends with the line about cards on the map that the sheet leaves out. */
    public boolean endsWithCardsNotInSheet() {
        return cardsNotInSheet > 0;
    }

    /** How many cards of the map the sheet changes. */
    public int changedCount() {
        return changedCount;
    }

    /** How many new cards the sheet adds. */
    public int addedCount() {
        return addedCount;
    }
}
