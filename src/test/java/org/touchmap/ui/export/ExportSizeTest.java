package org.touchmap.ui.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.render.PaperSize;
import org.touchmap.ui.i18n.Messages;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** What the export dialog says before anything is written, and after a failure. */
class ExportSizeTest {
    private final JourneyMap map = MedicalClinicMap.build();
    private final ExportSize sizes = new ExportSize(Locale.ENGLISH);

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static ExportSettings png(double scale) {
        return new ExportSettings(ExportFormat.PNG, scale, false, true, null, null, null);
    }

    @Test
    void aPictureShowsItsPixels() {
        ExportSize.Estimate estimate = sizes.estimate(map, png(2));

        assertTrue(estimate.feasible());
        assertTrue(estimate.text().matches("[\\d,]+ × [\\d,]+ pixels"), estimate.text());
    }

    @Test
    void aPictureTooLargeToDrawIsSaidSoAndCannotBeExported() {
        ExportSize.Estimate estimate = sizes.estimate(map, png(60));

        assertFalse(estimate.feasible());
        assertTrue(estimate.text().contains("Choose a smaller scale"), estimate.text());
    }

    @Test
    void aPosterShowsItsPagesAndRefusesTooMany() {
        ExportSize.Estimate small = sizes.estimate(map,
                new ExportSettings(ExportFormat.PDF, 1, false, true, null, null, PaperSize.A3));
        ExportSize.Estimate huge = sizes.estimate(map,
                new ExportSettings(ExportFormat.PDF, 10, false, true, null, null, PaperSize.A4));

        assertTrue(small.feasible());
        assertTrue(small.text().startsWith("Pages (A3): "), small.text());
        assertFalse(huge.feasible(), huge.text());
    }

    @Test
    void failuresAreToldInWordsAPersonCanActOn() {
        Path target = Path.of("/no/such/folder/map.png");

        assertEquals("The folder /no/such/folder does not exist any more. Choose another folder.",
                ExportFailure.describe(new NoSuchFileException(target.toString()), target));
        assertTrue(ExportFailure.describe(new AccessDeniedException(target.toString()), target)
                .startsWith("You may not write to the folder"));
        assertTrue(ExportFailure.describe(new OutOfMemoryError("Java heap space"), target)
                .startsWith("There is not enough memory"));
        assertFalse(ExportFailure.describe(new IOException(), target).contains("null"));
        // ImageIO's own words for a full disk, with the system's underneath.
        IOException full = new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertEquals("The disk of the folder /no/such/folder is full. Free some space, or choose a folder on another disk.",
                ExportFailure.describe(full, target));
    }
}
