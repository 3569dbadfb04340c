package org.touchmap.io;

import org.touchmap.io.files.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A save the file system refuses, simulated so that it also runs as the super-user, for whom a
 * read-only folder is writable (AtomicSaveTest covers the real read-only folder otherwise).
 */
class DeniedSaveTest {
    @TempDir
    Path folder;

    @Test
    void refusedWriteNamesTheFolderAndLeavesTheFileAndBackupIntact() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        JourneyMap map = MedicalClinicMap.build();
        MapFiles.save(map, file);
        map.setTitle("Second");
        MapFiles.save(map, file);
        byte[] saved = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(folder.resolve("clinic.cjm.bak"));
        AtomicFileWriter readOnlyFolder = new AtomicFileWriter((channel, content) -> {
            throw new AccessDeniedException(folder.toString());
        });
        map.setTitle("Lost");

        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(map, file, readOnlyFolder));

        assertEquals("save.denied", e.key());
        LoadFailures.assertMessageShape(e, file.toString());
        assertTrue(e.getMessage().contains("Touchmap may not write in the folder " + folder), e.getMessage());
        assertTrue(e.getMessage().contains("your previous file is unchanged"), e.getMessage());
        assertArrayEquals(saved, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(folder.resolve("clinic.cjm.bak")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("clinic.cjm", "clinic.cjm.bak"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
