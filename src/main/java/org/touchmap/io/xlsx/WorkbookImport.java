package org.touchmap.io.xlsx;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.touchmap.io.json.ElementLimits;
import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import org.touchmap.model.JourneyMap;

/**
 * Reads the {@code Touchpoints} sheet of a workbook back into a map, and its {@code Notes} sheet when
 * it has one (ADR 0025): rows are matched to cards and notes by id, headers are recognised in any of
 * Touchmap's languages and in any order, and the result is a {@link WorkbookChanges} to confirm.
 * Nothing changes until its command is executed.
 *
 * <h2>Hostile files</h2>
 * A workbook is a zip of XML parts from someone else's computer. The import refuses, with a
 * {@link MapFileException} naming the file, the problem and what to do:
 * <ul>
 *   <li>anything that is not an xlsx: a renamed text file, an old {@code .xls}, a password-protected
 *       workbook, a zip of other things;</li>
 *   <li>a file larger than <b>64 MB</b> (a 20,000-card export is about 2.1 MB);</li>
 *   <li>a part that unpacks to more than <b>200 MB</b>, or more than <b>200 times</b> its packed size
 *       (zip bombs; POI's {@code ZipSecureFile} checks while it unpacks, so the data never lands in memory);</li>
 *   <li>a {@code Touchpoints} or {@code Notes} sheet with more than <b>100,000 rows</b>;</li>
 *   <li>XML with a DOCTYPE: POI's parsers refuse it, so no external entity is ever resolved;</li>
 *   <li>a workbook without a {@code Touchpoints} sheet, or without an id and a name header in its first 20 rows.</li>
 * </ul>
 * The sheet is streamed (SAX), not loaded; only the shared strings are held in memory. Formulas are
 * never evaluated: a formula cell counts as the value it showed when the file was saved.
 */
public final class WorkbookImport {
    private WorkbookImport() {
    }

    /** Reads the Touchpoints and Notes sheets of {@code xlsx} against the current map. Hostile or unreadable files throw. */
    public static WorkbookChanges read(JourneyMap current, Path xlsx) throws MapFileException {
        return read(current, xlsx, WorkbookLimits.DEFAULT);
    }

    static WorkbookChanges read(JourneyMap current, Path xlsx, WorkbookLimits limits) throws MapFileException {
        Objects.requireNonNull(current, "current");
        String name = xlsx.toString();
        // New cards and new notes take ids from one set, so the two sheets never give one id twice.
        Set<String> idsTaken = new HashSet<>(current.allIds());
        SheetImport sheet = new SheetImport(limits.headerSearchRows(), header -> new CardRows(current, header, idsTaken));
        NoteSheetImport notes = new NoteSheetImport(current, limits.headerSearchRows(), idsTaken);
        boolean hasNotesSheet;
        try {
            hasNotesSheet = WorkbookFile.stream(xlsx, limits, sheet, notes);
        } catch (SheetImport.StopReading e) {
            throw noHeader(name, limits);
        }
        if (sheet.rows() == null) {
            throw noHeader(name, limits);
        }
        if (hasNotesSheet) {
            notes.finish();
        }
        Path fileName = xlsx.getFileName();
        WorkbookChanges changes = new WorkbookChanges(fileName == null ? name : fileName.toString(), sheet.rows(),
                hasNotesSheet ? Optional.of(notes) : Optional.empty());
        // The map with the new cards must still open; refused here, before anything is changed.
        ElementLimits.check(current, changes.addedCount(), name);
        return changes;
    }

    private static MapFileException noHeader(String name, WorkbookLimits limits) {
        return MapFileException.of(name, ProblemKind.WORKBOOK_NO_ID_OR_NAME, Integer.toString(limits.headerSearchRows()));
    }
}
