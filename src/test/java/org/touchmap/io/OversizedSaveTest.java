package org.touchmap.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Snapshot;

import static org.junit.jupiter.api.Assertions.*;

/** A map grown (by its snapshots) past what a map file may hold is not saved, so it is never unreadable. */
class OversizedSaveTest {
    @TempDir
    Path folder;

    @Test
    void aMapTooLargeToOpenAgainIsRefusedAndTheFileStaysAsItWas() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        JourneyMap map = MedicalClinicMap.build();
        MapFiles.save(map, file);
        byte[] saved = Files.readAllBytes(file);
        // Each snapshot carries the whole map, here with a description near the longest text allowed.
        map.setDescription("x".repeat(ReadLimits.MAX_TEXT_LENGTH - 1));
        for (int i = 0; i * (long) ReadLimits.MAX_TEXT_LENGTH <= ReadLimits.MAX_FILE_BYTES; i++) {
            map.addSnapshot(map.snapshots().size(), Snapshot.take("before " + i, Instant.EPOCH, map));
        }

        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(map, file));

        assertEquals("save.tooLarge", e.key());
        LoadFailures.assertMessageShape(e, file.toString());
        assertTrue(e.getMessage().contains("could not be opened again"), e.getMessage());
        assertTrue(e.getMessage().contains("fewer snapshots"), e.getMessage());
        // The same message reaches the command line, where no menu exists.
        assertFalse(e.getMessage().contains("File →"), e.getMessage());
        assertArrayEquals(saved, Files.readAllBytes(file));
    }
}
