package org.touchmap.io.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** What writes in progress leave when the process is asked to stop: nothing. */
class UnfinishedFilesTest {
    @TempDir
    Path folder;

    @Test
    void trackedFilesAndFoldersStillThereAreRemovedAndEndedOnesAreLeftAlone() throws Exception {
        Path temporary = Files.writeString(StaleTempFiles.temporaryName(folder, "map.cjm"), "half a map");
        Path parts = Files.createDirectories(UnfinishedFiles.track(folder.resolve(".map.xlsx.parts.tmp")).resolve("sheets"));
        Files.writeString(parts.resolve("sheet1.xml"), "<row/>");
        Path finished = Files.writeString(UnfinishedFiles.track(folder.resolve("done.xlsx")), "whole");
        UnfinishedFiles.ended(finished);

        UnfinishedFiles.removeAll();

        assertFalse(Files.exists(temporary), "the temporary file of a save");
        assertFalse(Files.exists(folder.resolve(".map.xlsx.parts.tmp")), "the parts folder with what it held");
        assertTrue(Files.exists(finished), "a file whose write ended is not touched");
    }
}
