package org.touchmap.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.touchmap.edit.CommandStack;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;
import org.touchmap.render.workbook.WorkbookExport;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A workbook whose rows are all new cards, imported into the map without them: every card arrives,
 * none hides another, and one undo takes them all away. The normal build imports a few thousand
 * rows; the reliability profile imports the generator's largest map, 30,000 rows, where adding the
 * cards one look at the whole map at a time took over a minute.
 */
class ManyNewRowsImportTest {
    private static final int ROWS = Integer.getInteger("reliability.importRows", 3_000);

    @TempDir
    Path folder;

    @Test
    void everyNewRowBecomesACardInFreeSpaceAndOneUndoTakesThemAway() throws Exception {
        JourneyMap full = MapGenerator.generate(GeneratorSettings.of(ROWS, 10, 3, 0));
        Path workbook = folder.resolve("rows.xlsx");
        WorkbookExport.write(full, Locale.ROOT, workbook);
        JourneyMap empty = full.copy();
        List<String> ids = empty.touchpoints().stream().map(Touchpoint::id).toList();
        ids.forEach(empty::removeTouchpoint);
        JourneyMap before = empty.copy();

        long started = System.nanoTime();
        WorkbookChanges changes = WorkbookImport.read(empty, workbook);
        CommandStack stack = new CommandStack(empty);
        stack.execute(changes.command());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("imported %d new rows in %d ms%n", ROWS, millis);

        assertEquals(List.of(), changes.problems());
        assertEquals(ROWS, changes.addedCount());
        assertEquals(ROWS, empty.touchpoints().size());
        assertFalse(CardOverlaps.any(empty), "no card hides another");
        stack.undo();
        assertEquals(before, empty, "one undo step");
    }
}
