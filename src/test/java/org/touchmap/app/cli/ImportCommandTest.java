package org.touchmap.app.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.render.workbook.EditedWorkbooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

class ImportCommandTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve("medical-clinic.cjm");

    @TempDir
    Path folder;
    private Path exported;

    @BeforeEach
    void exportTheSample() {
        exported = folder.resolve("clinic.xlsx");
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--xlsx", exported.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
    }

    /** The exported workbook with its Touchpoints sheet changed by {@code edit}, as a person would in Excel. */
    private Path edited(Consumer<Sheet> edit) throws Exception {
        return EditedWorkbooks.edit(exported, folder.resolve("edited.xlsx"), edit);
    }

    private static Cell cell(Sheet sheet, String id, String header) {
        return EditedWorkbooks.cell(sheet, id, header);
    }

    @Test
    void aRatingAndANameEditedInExcelAreExactlyTheChangesSaved() throws Exception {
        Path xlsx = edited(sheet -> {
            cell(sheet, "tp-phone", "Rating").setCellValue("Positive");
            cell(sheet, "tp-chat", "Name").setCellValue("Chat with a nurse");
        });
        Path out = folder.resolve("result.cjm");

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Chat with a nurse"), run.out());
        JourneyMap before = MapFiles.load(SAMPLE);
        JourneyMap after = MapFiles.load(out);
        assertEquals(Rating.POSITIVE, after.touchpoint("tp-phone").rating());
        assertEquals("Chat with a nurse", after.touchpoint("tp-chat").name());
        after.touchpoint("tp-phone").setRating(before.touchpoint("tp-phone").rating());
        after.touchpoint("tp-chat").setName(before.touchpoint("tp-chat").name());
        after.setModified(before.modified());
        assertEquals(new String(MapJson.write(before), java.nio.charset.StandardCharsets.UTF_8),
                new String(MapJson.write(after), java.nio.charset.StandardCharsets.UTF_8), "nothing else changed");
    }

    @Test
    void aBadCellStopsTheImportAndNamesTheCell() throws Exception {
        Path xlsx = edited(sheet -> cell(sheet, "tp-phone", "Rating").setCellValue("Great"));
        Path out = folder.resolve("result.cjm");

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: " + xlsx + ": 1 cell(s) cannot be read"), run.err());
        assertTrue(run.err().contains("Touchpoints!"), run.err());
        assertTrue(run.err().contains("\"Great\""), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void manyBadCellsListTheFirstTwentyAndAllGoToAFileOnRequest() throws Exception {
        Path xlsx = edited(sheet -> {
            int rating = column(sheet, "Rating");
            int name = column(sheet, "Name");
            for (int i = 0; i < 30; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(name).setCellValue("New card " + i);
                row.createCell(rating).setCellValue("Great");
            }
        });
        Path problems = folder.resolve("problems.txt");

        CliRun shortList = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--dry-run");
        CliRun withFile = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--dry-run",
                "--problems", problems.toString());

        assertEquals(1, shortList.exitCode());
        assertEquals(1 + ImportCommand.SHOWN_PROBLEMS + 1, shortList.err().lines().count(), shortList.err());
        assertTrue(shortList.err().strip().endsWith("… and 10 more; add --problems FILE to have them all in a file"),
                shortList.err());
        assertEquals(30, Files.readAllLines(problems).size());
        assertTrue(withFile.err().contains("all 30 problems: " + problems), withFile.err());
    }

    @Test
    void manyNewCardsListTheFirstTwentyAndAllGoToAFileOnRequest() throws Exception {
        Path xlsx = edited(sheet -> {
            int name = column(sheet, "Name");
            int stage = column(sheet, "Stage");
            String firstStage = sheet.getRow(1).getCell(stage).getStringCellValue();
            for (int i = 0; i < 30; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(name).setCellValue("New card " + i);
                row.createCell(stage).setCellValue(firstStage);
            }
        });
        Path changes = folder.resolve("changes.txt");

        CliRun shortList = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--dry-run");
        CliRun withFile = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--dry-run",
                "--changes", changes.toString());

        assertEquals(0, shortList.exitCode(), shortList.err());
        List<String> lines = shortList.out().lines().toList();
        assertEquals("Cards changed: 0; new cards: 30; cells with problems: 0", lines.get(0));
        assertEquals(1 + ImportCommand.SHOWN_CHANGES + 1, lines.size(), shortList.out());
        assertEquals("… and 10 more; add --changes FILE to have them all in a file", lines.get(lines.size() - 1));
        assertEquals(1 + 30, Files.readAllLines(changes).size());
        assertTrue(withFile.err().contains("all 31 lines of changes: " + changes), withFile.err());
        assertEquals(1 + ImportCommand.SHOWN_CHANGES, withFile.out().lines().count(), withFile.out());
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void badCellsCanBeSkippedOnRequest() throws Exception {
        Path xlsx = edited(sheet -> {
            cell(sheet, "tp-phone", "Rating").setCellValue("Great");
            cell(sheet, "tp-chat", "Name").setCellValue("Chat with a nurse");
        });
        Path out = folder.resolve("result.cjm");

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--out", out.toString(),
                "--skip-bad-cells");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("skipped: "), run.err());
        JourneyMap after = MapFiles.load(out);
        assertEquals("Chat with a nurse", after.touchpoint("tp-chat").name());
        assertEquals(MapFiles.load(SAMPLE).touchpoint("tp-phone").rating(), after.touchpoint("tp-phone").rating());
    }

    @Test
    void aDryRunListsTheChangesAndWritesNothing() throws Exception {
        Path xlsx = edited(sheet -> cell(sheet, "tp-chat", "Name").setCellValue("Chat with a nurse"));

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Chat with a nurse"), run.out());
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "only the two workbooks");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneErrorLine() throws Exception {
        Path fake = Files.writeString(folder.resolve("fake.xlsx"), "just text");
        Path out = folder.resolve("result.cjm");

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", fake.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + fake + ": "), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutOutOrXlsxTheCommandLineIsWrong() {
        assertEquals(2, CliRun.of("import", SAMPLE.toString(), "--xlsx", exported.toString()).exitCode());
        assertEquals(2, CliRun.of("import", SAMPLE.toString(), "--out", "x.cjm").exitCode());
    }

    @Test
    void theResultMayNotReplaceTheMapOrTheWorkbook() throws Exception {
        Path map = Files.copy(SAMPLE, folder.resolve("map.cjm"));
        byte[] mapBefore = Files.readAllBytes(map);
        byte[] workbookBefore = Files.readAllBytes(exported);

        assertEquals(2, CliRun.of("import", map.toString(), "--xlsx", exported.toString(), "--out", map.toString()).exitCode());
        assertEquals(2, CliRun.of("import", map.toString(), "--xlsx", exported.toString(), "--out", exported.toString()).exitCode());

        assertArrayEquals(mapBefore, Files.readAllBytes(map));
        assertArrayEquals(workbookBefore, Files.readAllBytes(exported));
    }

    @Test
    void anUntouchedExportChangesNothing() throws MapFileException {
        Path out = folder.resolve("same.cjm");

        CliRun run = CliRun.of("import", SAMPLE.toString(), "--xlsx", exported.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MapFiles.load(SAMPLE).touchpoints().size(), MapFiles.load(out).touchpoints().size());
    }
}
