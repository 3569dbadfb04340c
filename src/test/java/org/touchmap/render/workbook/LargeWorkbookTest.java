package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** A 20,000-card map goes out and back in within the test's memory (the build gives tests 1 GB). */
class LargeWorkbookTest {
    private static final int CARDS = 20_000;

    @TempDir
    Path folder;

    private static JourneyMap largeMap() {
        JourneyMap map = new JourneyMap("Large");
        for (int s = 0; s < 8; s++) {
            map.addStage(new Stage("s" + s, "Stage " + s));
        }
        map.addLane(new Lane("online", "Online"));
        map.addLane(new Lane("offline", "Offline"));
        Rating[] ratings = Rating.values();
        for (int i = 0; i < CARDS; i++) {
            Touchpoint card = new Touchpoint("tp-" + i, "Card number " + i, "s" + (i % 8), i % 3 == 0 ? "offline" : "online");
            card.setY((i / 16) * 90.0);
            card.setRating(ratings[i % ratings.length]);
            card.setDescription("Description of card " + i + " with some words to make the row realistic");
            card.setNotes("Observed in interview " + (i % 40));
            card.setMetrics(java.util.Map.of(Metric.NPS, (double) (i % 200 - 100)));
            map.addTouchpoint(card);
        }
        return map;
    }

    @Test
    void twentyThousandCardsExportAndImportBackWithoutAChange() throws Exception {
        JourneyMap map = largeMap();
        Path file = folder.resolve("large.xlsx");

        WorkbookExport.write(map, Locale.ROOT, file);
        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges(), () -> changes.summary(Locale.ROOT).subList(0, 3).toString());
        long size = java.nio.file.Files.size(file);
        // about 1.6 MB of cards and 0.5 MB of the Analysis sheet, which lists every unchained card
        assertTrue(size < 5L * 1024 * 1024 / 2, () -> "ADR 0007 says about 2.1 MB; it is " + size);
        assertEquals(0, changes.problems().size());
        try (XSSFWorkbook workbook = ExportedWorkbooks.open(file)) {
            assertEquals(CARDS, workbook.getSheet("Touchpoints").getLastRowNum());
        }
    }
}
