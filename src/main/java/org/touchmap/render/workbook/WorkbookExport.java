package org.touchmap.render.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.io.files.OutputTargets;
import org.touchmap.render.ExportFile;
import org.touchmap.model.JourneyMap;

/**
 * Writes a map as an Excel workbook: {@code Map} (the grid to print), {@code Touchpoints} (every
 * attribute, the sheet that imports back), {@code Chains}, {@code Stages} (counts, funnel and
 * health), {@code Criteria} and {@code Analysis} (weak links, broken chains, funnel warnings,
 * coverage), then {@code Votes} when the map has votes and {@code Notes} when it has lanes of notes
 * (ADR 0025). Sheet names are the same in every language; headers and values are in the given one
 * (English, Russian or Serbian). Every text is a string cell, never a formula, and text that looks
 * like one is marked to stay text when edited. Rows stream to temporary files as they
 * are written, so large maps need little memory.
 */
public final class WorkbookExport {
    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private WorkbookExport() {
    }

    /**
     * Writes the workbook to {@code out} through a temporary file in the same folder, so {@code out}
     * is never left half written; an existing file is replaced only when the workbook is complete.
     * Its parts wait in the same folder too ({@link WorkbookParts}), never in the system's temporary one.
     */
    public static void write(JourneyMap map, Locale locale, Path out) throws IOException {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(locale, "locale");
        Path target = OutputTargets.resolve(out);
        WorkbookParts.beside(target.getParent(), target.getFileName().toString(),
                () -> ExportFile.write(out, stream -> write(map, locale, stream)));
    }

    /**
     * Writes the workbook into nothing, its parts in a folder made for them in the system's
     * temporary folder and removed after, one workbook at a time like every other: for loading and
     * warming up what an export needs before a person asks for one.
     */
    public static void writeToNowhere(JourneyMap map, Locale locale) throws IOException {
        Path folder = Files.createTempDirectory("touchmap-warm-up");
        try {
            WorkbookParts.beside(folder, "warm-up.xlsx", () -> write(map, locale, OutputStream.nullOutputStream()));
        } finally {
            Files.deleteIfExists(folder);
        }
    }

    /** Writes the workbook to a stream, which stays open. */
    public static void write(JourneyMap map, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(locale, "locale");
        try (DiskSharedStrings strings = new DiskSharedStrings()) {
            SXSSFWorkbook workbook = new StreamingWorkbook(strings, ROWS_IN_MEMORY);
            try {
                writeSheets(workbook, map, locale);
                workbook.write(out);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }

    private static void writeSheets(SXSSFWorkbook workbook, JourneyMap map, Locale locale) throws IOException {
        // Zip64 records are written for entries of unknown size otherwise, and readers that
        // stream the zip (java.util.zip.ZipInputStream among them) then fail; no part comes near 4 GB.
        workbook.setZip64Mode(Zip64Mode.Never);
        Sheet mapSheet = workbook.createSheet(WorkbookSheets.MAP);
        Sheet touchpoints = workbook.createSheet(WorkbookSheets.TOUCHPOINTS);
        Sheet chains = workbook.createSheet(WorkbookSheets.CHAINS);
        Sheet stages = workbook.createSheet(WorkbookSheets.STAGES);
        Sheet criteria = workbook.createSheet(WorkbookSheets.CRITERIA);
        Sheet analysis = workbook.createSheet(AnalysisSheet.NAME);
        SheetContext context = new SheetContext(map, locale, new WorkbookText(locale),
                new Cells(new CellStyles(workbook)));
        ListRanges lists = new ListRanges(workbook, map, locale);
        new MapSheet(context, mapSheet).write();
        new TouchpointsSheet(context, touchpoints, lists).write();
        new ChainsSheet(context, chains).write();
        new StagesSheet(context, stages, lists).write();
        new CriteriaSheet(context, criteria).write();
        new AnalysisSheet(context, analysis).write();
        if (VotesSheet.isNeeded(map)) {
            new VotesSheet(context, workbook.createSheet(VotesSheet.NAME)).write();
        }
        // Last, so no sheet that scripts count on moves when a map gains a lane of notes.
        if (NotesSheet.isNeeded(map)) {
            new NotesSheet(context, workbook.createSheet(NotesSheet.NAME)).write();
        }
    }
}
