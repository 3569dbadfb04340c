package org.touchmap.io.files;

import org.touchmap.io.FileKind;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OutputTargetsTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm");

    @TempDir
    Path folder;

    @Test
    void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("out.svg"));

        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> OutputTargets.resolve(pipe));

        assertEquals(OutputRefusedException.Why.NOT_A_FILE, refused.why());
        assertEquals(FileKind.PIPE, refused.found());
        assertTrue(refused.getMessage().startsWith(pipe + ": a named pipe is there"), refused.getMessage());
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
    }

    @Test
    void aDeviceIsRefused() throws Exception {
        assumeTrue(SpecialFiles.canMakeDevices(), "only root may make a device node");
        Path device = SpecialFiles.nullDevice(folder.resolve("null"));

        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> OutputTargets.resolve(device));

        assertEquals(FileKind.DEVICE, refused.found());
    }

    @Test
    void aLinkIsFollowedToTheFileItNames() throws IOException {
        Path real = Files.writeString(folder.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.svg"), Path.of("real.svg"));

        assertEquals(real.toRealPath(), OutputTargets.resolve(link).toRealPath());
    }

    @Test
    void aLinkToNothingYetNamesTheFileToMake() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.cjm"), Path.of("sub/../made.cjm"));
        Files.createDirectory(folder.resolve("sub"));

        assertEquals(folder.resolve("made.cjm").normalize(), OutputTargets.resolve(link).normalize());
    }

    @Test
    void aLinkToAPipeIsRefused() throws Exception {
        SpecialFiles.fifo(folder.resolve("pipe"));
        Path link = Files.createSymbolicLink(folder.resolve("out.png"), Path.of("pipe"));

        assertThrows(OutputRefusedException.class, () -> OutputTargets.resolve(link));
    }

    @Test
    void aLinkThatOnlyTheSystemCanFollowIsJudgedByWhatItLeadsTo() throws Exception {
        // /dev/stdout leads through /proc/self/fd/1 to a pipe that has no path of its own.
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.exists(stdout) && !Files.isRegularFile(stdout), "standard output is not a file here");
        Path link = Files.createSymbolicLink(folder.resolve("out.svg"), stdout);

        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> OutputTargets.resolve(link));

        assertEquals(OutputRefusedException.Why.NOT_A_FILE, refused.why());
        assertNotEquals(FileKind.MISSING, refused.found());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    }

    @Test
    void anOutputThatIsAnInputUnderAnotherNameIsRefused() throws IOException {
        Path input = Files.writeString(folder.resolve("map.cjm"), "{}");
        Path hardLink = Files.createLink(folder.resolve("other-name.cjm"), input);
        Path symbolic = Files.createSymbolicLink(folder.resolve("link.cjm"), input);
        Path relative = Path.of("").toAbsolutePath().relativize(input.resolveSibling("x/../map.cjm"));

        for (Path output : List.of(input, hardLink, symbolic, relative)) {
            OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                    () -> OutputTargets.requireApart(output, false, List.of(input)), output.toString());
            assertEquals(OutputRefusedException.Why.IS_AN_INPUT, refused.why());
        }
    }

    @Test
    void aSaveWhoseBackupWouldReplaceTheInputIsRefused() throws IOException {
        Path output = Files.writeString(folder.resolve("clinic.cjm"), "{}");
        Path input = Files.writeString(folder.resolve("clinic.cjm.bak"), "{}");

        OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                () -> OutputTargets.requireApart(output, true, List.of(input)));

        assertTrue(refused.getMessage().contains("would move its old content to " + input), refused.getMessage());
        assertDoesNotThrow(() -> OutputTargets.requireApart(output, false, List.of(input)),
                "an export keeps no backup");
    }

    @Test
    void savingAMapOverAPipeIsOneMessageAndLeavesNoBackup() throws Exception {
        JourneyMap map = MapFiles.load(SAMPLE);
        Path pipe = SpecialFiles.fifo(folder.resolve("map.cjm"));

        MapFileException refused = assertThrows(MapFileException.class, () -> MapFiles.save(map, pipe));

        assertEquals("save.notAFile", refused.key());
        assertFalse(Files.exists(folder.resolve("map.cjm.bak")));
        assertFalse(Files.isRegularFile(pipe));
    }

    @Test
    void savingAMapThroughALinkKeepsTheLink() throws IOException, MapFileException {
        JourneyMap map = MapFiles.load(SAMPLE);
        Files.createDirectory(folder.resolve("real"));
        Path link = Files.createSymbolicLink(folder.resolve("map.cjm"), Path.of("real/map.cjm"));

        MapFiles.save(map, link);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(map.touchpoints().size(), MapFiles.load(folder.resolve("real/map.cjm")).touchpoints().size());
    }

    @Test
    void readingAPipeIsRefusedAtOnce() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("waiting.cjm"));

        MapFileException refused = assertThrows(MapFileException.class, () -> MapFiles.load(pipe));

        assertEquals("file.notRegular", refused.key());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void readingADeviceIsRefusedNotCounted() throws Exception {
        MapFileException refused = assertThrows(MapFileException.class, () -> MapFiles.load(Path.of("/dev/zero")));

        assertEquals("file.notRegular", refused.key());
        assertFalse(refused.getMessage().contains("bytes"), refused.getMessage());
    }

    @Test
    void anOrdinaryFileAndAMissingOneAreWrittenAsNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("a.png"), "x");

        assertEquals(file.toAbsolutePath(), OutputTargets.resolve(file));
        assertEquals(folder.resolve("new.png").toAbsolutePath(), OutputTargets.resolve(folder.resolve("new.png")));
    }
}
