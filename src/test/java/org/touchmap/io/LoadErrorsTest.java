package org.touchmap.io;

import org.touchmap.io.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.touchmap.io.LoadFailures.assertLoadFails;

/** Every way a file can fail to be a map gives one clear message and leaves the file as it was. */
class LoadErrorsTest {
    @TempDir
    Path folder;

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void missingFileIsReportedByName() throws Exception {
        MapFileException e = assertLoadFails(folder.resolve("nowhere.cjm"), "file.missing");
        assertTrue(e.getMessage().endsWith("the file does not exist — check the file name and folder"), e.getMessage());
    }

    @Test
    void folderIsNotAMap() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("maps.cjm"));
        assertLoadFails(sub, "file.isFolder");
    }

    @Test
    void fileBehindARegularFileCannotBeRead() throws Exception {
        Path notAFolder = file("plain.txt", "text");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(notAFolder.resolve("map.cjm")));
        // Unix says "Not a directory"; other systems may simply say the file is not there.
        assertTrue(Set.of("file.unreadable", "file.missing").contains(e.key()), e.getMessage());
        assertEquals("text", Files.readString(notAFolder));
    }

    @Test
    void fileWithoutReadPermissionCannotBeRead() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path locked = file("locked.cjm", Files.readAllBytes(Samples.medicalClinic()));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the super-user reads anything");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(locked));
        assertEquals("file.unreadable", e.key());
    }

    @Test
    void emptyFileSaysItIsEmpty() throws Exception {
        MapFileException e = assertLoadFails(file("empty.cjm", ""), "file.empty");
        assertTrue(e.getMessage().contains("there is no backup copy " + folder.resolve("empty.cjm") + ".bak"), e.getMessage());
        assertLoadFails(file("blank.cjm", " \n\t\r\n"), "file.empty");
    }

    @Test
    void theBackupCopyIsRecommendedOnlyWhereThereIsOne() throws Exception {
        file("empty.cjm.bak", "{}");
        MapFileException e = assertLoadFails(file("empty.cjm", ""), "file.empty");
        assertTrue(e.getMessage().contains("open the backup copy " + folder.resolve("empty.cjm") + ".bak"), e.getMessage());
    }

    @Test
    void truncatedFileSaysItWasCutShort() throws Exception {
        byte[] sample = Files.readAllBytes(Samples.medicalClinic());
        MapFileException e = assertLoadFails(file("half.cjm", Arrays.copyOf(sample, sample.length / 2)),
                "json.truncated");
        assertTrue(e.where().orElseThrow().line() > 100, e.getMessage());
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void fileCutAnywhereNeverLoadsAndNeverCrashes() throws Exception {
        byte[] sample = Files.readAllBytes(Samples.medicalClinic());
        for (int length = 1; length < sample.length - 2; length += 97) {
            int cutAt = length;
            byte[] cut = Arrays.copyOf(sample, cutAt);
            MapFileException e = assertThrows(MapFileException.class, () -> MapJson.read(cut, "cut.cjm"));
            assertTrue(e.key().equals("json.truncated") || e.key().equals("json.notUtf8"),
                    () -> cutAt + ": " + e.getMessage());
        }
    }

    @Test
    void textThatIsNotJsonIsNotAMap() throws Exception {
        MapFileException e = assertLoadFails(file("notes.cjm", "Shopping list:\n- milk\n"), "json.notJson");
        assertEquals(FileLocation.lineColumn(1, 1), e.where().orElseThrow());
        assertLoadFails(file("table.cjm", "id,name\n1,Ad\n"), "json.notJson");
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws Exception {
        MapFileException e = assertLoadFails(file("broken.cjm", "{\n  \"format\": \"touchmap\",\n}\n"),
                "json.malformed");
        assertEquals(3, e.where().orElseThrow().line());
        assertTrue(e.getMessage().contains("(line 3, column 1)"), e.getMessage());
    }

    @Test
    void textAfterTheMapIsBrokenJson() throws Exception {
        String sample = Files.readString(Samples.medicalClinic());
        assertLoadFails(file("tail.cjm", sample + "{}"), "json.malformed");
    }

    @Test
    void jsonOfAnotherShapeIsNotAMap() throws Exception {
        assertLoadFails(file("array.cjm", "[1, 2, 3]"), "format.notObject");
        assertLoadFails(file("string.cjm", "\"touchmap\""), "format.notObject");
        assertLoadFails(file("object.cjm", "{\"name\": \"package.json\"}"), "format.missing");
        MapFileException other = assertLoadFails(file("drawing.cjm", "{\"format\": \"drawio\", \"formatVersion\": 1}"),
                "format.other");
        assertTrue(other.getMessage().contains("its \"format\" is \"drawio\""), other.getMessage());
    }

    @Test
    void newerFormatVersionIsRefusedWithBothVersions() throws Exception {
        MapFileException e = assertLoadFails(file("future.cjm",
                "{\"format\": \"touchmap\", \"formatVersion\": 7, \"title\": \"From the future\", \"wormholes\": []}"),
                "format.versionNewer");
        assertTrue(e.getMessage().contains("made by a newer Touchmap (format 7); this version reads up to "
                + MapJson.FORMAT_VERSION), e.getMessage());
        assertArrayEquals(new Object[]{"7", Integer.toString(MapJson.FORMAT_VERSION)}, e.args());
    }

    @Test
    void missingOrOddFormatVersionIsReported() throws Exception {
        assertLoadFails(file("v-missing.cjm", "{\"format\": \"touchmap\"}"), "format.versionMissing");
        assertLoadFails(file("v-text.cjm", "{\"format\": \"touchmap\", \"formatVersion\": \"1\"}"),
                "format.versionInvalid");
        assertLoadFails(file("v-fraction.cjm", "{\"format\": \"touchmap\", \"formatVersion\": 1.5}"),
                "format.versionInvalid");
        assertLoadFails(file("v-zero.cjm", "{\"format\": \"touchmap\", \"formatVersion\": 0}"),
                "format.versionUnsupported");
        assertLoadFails(file("v-huge.cjm",
                "{\"format\": \"touchmap\", \"formatVersion\": 123456789012345678901234567890}"),
                "format.versionNewer");
    }

    @Test
    void invalidUtf8NamesWhereTheBadByteIs() throws Exception {
        byte[] content = "{\n  \"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        MapFileException e = assertLoadFails(file("latin1.cjm", content), "json.notUtf8");
        assertEquals(FileLocation.lineColumn(2, 16), e.where().orElseThrow());
    }

    @Test
    void binaryFileIsNotText() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertLoadFails(file("picture.cjm", png), "json.notUtf8");
    }

    @Test
    void fileLargerThanTheLimitIsNotRead() throws Exception {
        Path huge = folder.resolve("huge.cjm");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(ReadLimits.MAX_FILE_BYTES + 1L);
        }
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(huge));
        assertEquals("file.tooLarge", e.key());
        assertEquals(Long.toString(ReadLimits.MAX_FILE_BYTES + 1L), e.args()[0]);
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        String deep = "{\"format\": \"touchmap\", \"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertLoadFails(file("deep.cjm", deep), "json.tooDeep");
    }

    @Test
    void overlongTextNumberAndKeyAreRefused() throws Exception {
        assertLoadFails(file("text.cjm", "{\"title\": \"" + "a".repeat(ReadLimits.MAX_TEXT_LENGTH + 1) + "\"}"),
                "json.textTooLong");
        assertLoadFails(file("number.cjm", "{\"x\": " + "9".repeat(ReadLimits.MAX_NUMBER_LENGTH + 1) + "}"),
                "json.numberTooLong");
        assertLoadFails(file("key.cjm", "{\"" + "k".repeat(ReadLimits.MAX_KEY_LENGTH + 1) + "\": 1}"),
                "json.keyTooLong");
    }

    @Test
    void duplicateKeyNamesTheKeyAndItsPlace() throws Exception {
        MapFileException e = assertLoadFails(file("twice.cjm",
                "{\"format\": \"touchmap\",\n \"title\": \"A\",\n \"title\": \"B\"}"), "json.duplicateKey");
        assertEquals("title", e.args()[0]);
        assertEquals(3, e.where().orElseThrow().line());
    }

    @Test
    void aNumberWhoseExponentNoDecimalHoldsIsRefusedNamingIt() throws Exception {
        MapFileException e = assertLoadFails(file("exponent.cjm",
                "{\"format\": \"touchmap\",\n \"x\": 3E00030747345618258603}"), "value.numberTooLarge");
        assertEquals("3E00030747345618258603", e.args()[0]);
        assertEquals(2, e.where().orElseThrow().line());
        assertLoadFails(file("bare.cjm", "30000000000000000000000E0000000000030747345618258603"), "value.numberTooLarge");
    }

    @Test
    void notANumberAndInfinityAreRefused() throws Exception {
        assertLoadFails(file("nan.cjm", "{\"format\": \"touchmap\", \"x\": NaN}"), "json.nonFiniteNumber");
        assertLoadFails(file("inf.cjm", "{\"format\": \"touchmap\", \"x\": -Infinity}"), "json.nonFiniteNumber");
    }
}
