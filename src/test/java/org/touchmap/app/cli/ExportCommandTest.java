package org.touchmap.app.cli;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ExportCommandTest {
    private static final Path SAMPLES = Path.of(System.getProperty("touchmap.samples", "assets/samples"));
    private static final Path SAMPLE = SAMPLES.resolve("medical-clinic.cjm");

    @TempDir
    Path folder;

    private List<String> folderContent() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFormatAskedForAndSaysSo() throws IOException {
        Path xlsx = folder.resolve("map.xlsx");
        Path png = folder.resolve("map.png");
        Path svg = folder.resolve("map.svg");
        Path pdf = folder.resolve("map.pdf");

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--png", png.toString(),
                "--svg", svg.toString(), "--pdf", pdf.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(4, run.out().lines().filter(line -> line.startsWith("wrote: ")).count(), run.out());
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertTrue(names.containsAll(List.of("Map", "Touchpoints", "Chains", "Stages", "Criteria")), names.toString());
        }
        assertNotNull(ImageIO.read(png.toFile()));
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<svg"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void theScaleSetsThePictureSize() throws IOException {
        Path one = folder.resolve("one.png");
        Path two = folder.resolve("two.png");

        assertEquals(0, CliRun.of("export", SAMPLE.toString(), "--png", one.toString()).exitCode());
        assertEquals(0, CliRun.of("export", SAMPLE.toString(), "--png", two.toString(), "--scale", "2").exitCode());

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertEquals(small.getWidth() * 2, large.getWidth(), 1);
        assertEquals(small.getHeight() * 2, large.getHeight(), 1);
    }

    @Test
    void aPosterHasMorePagesThanOne() throws IOException {
        Path pdf = folder.resolve("poster.pdf");

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--pdf", pdf.toString(), "--poster", "A4", "--scale", "2");

        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
        }
    }

    @Test
    void russianHeadersOnRequest() throws IOException {
        Path xlsx = folder.resolve("ru.xlsx");

        CliRun run = CliRun.of("export", SAMPLES.resolve("medical-clinic.ru.cjm").toString(), "--xlsx", xlsx.toString(),
                "--lang", "ru");

        assertEquals(0, run.exitCode(), run.err());
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet touchpoints = workbook.getSheet("Touchpoints");
            String header = touchpoints.getRow(0).getCell(1).getStringCellValue();
            assertTrue(header.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    header);
        }
    }

    @Test
    void wrongUsageExitsWithTwoAndWritesNothing() throws IOException {
        assertEquals(2, CliRun.of("export", SAMPLE.toString()).exitCode(), "no output named");
        assertEquals(2, CliRun.of("export", SAMPLE.toString(), "--png", "x.png", "--scale", "0").exitCode());
        assertEquals(2, CliRun.of("export", SAMPLE.toString(), "--png", "x.png", "--scale", "many").exitCode());
        assertEquals(2, CliRun.of("export", SAMPLE.toString(), "--png", "x.png", "--poster", "A4").exitCode());
        assertEquals(2, CliRun.of("export", SAMPLE.toString(), "--pdf", "x.pdf", "--poster", "A5").exitCode());
        assertEquals(2, CliRun.of("export", SAMPLE.toString(), "--xlsx", "x.xlsx", "--lang", "de").exitCode());
        assertEquals(List.of(), folderContent());
    }

    @Test
    void anOutputNamingTheMapOrAnotherOutputIsRefused() throws IOException {
        Path map = Files.copy(SAMPLE, folder.resolve("map.cjm"));
        byte[] before = Files.readAllBytes(map);

        assertEquals(2, CliRun.of("export", map.toString(), "--png", map.toString()).exitCode());
        assertEquals(2, CliRun.of("export", map.toString(), "--png", folder.resolve("./map.cjm").toString()).exitCode());
        Path same = folder.resolve("same.out");
        assertEquals(2, CliRun.of("export", map.toString(), "--png", same.toString(), "--svg", same.toString()).exitCode());

        assertArrayEquals(before, Files.readAllBytes(map));
        assertEquals(List.of("map.cjm"), folderContent());
    }

    @Test
    void aBrokenMapIsOneErrorLineAndNoOutput() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.cjm"), "{\"format\": \"touchmap\", ");
        Path png = folder.resolve("out.png");

        CliRun run = CliRun.of("export", broken.toString(), "--png", png.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + broken + ": "), run.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void anUnwritableOutputIsOneErrorLine() {
        Path png = folder.resolve("no-such-folder").resolve("out.png");

        CliRun run = CliRun.of("export", SAMPLE.toString(), "--png", png.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + png + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anUnknownChainIsNamedWithTheChainsThereAre() {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--png", folder.resolve("x.png").toString(),
                "--chain", "No such chain");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no chain \"No such chain\""), run.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.of("export", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("1 = 100 % (default: 1)"), run.out());
        for (String option : List.of("--xlsx", "--png", "--svg", "--pdf", "--scale", "--poster")) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
