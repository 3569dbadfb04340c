package org.touchmap.io.json;

import org.junit.jupiter.api.Test;
import org.touchmap.bench.GeneratedMap;
import org.touchmap.io.FileProblem;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The one-pass reader is a shortcut, never a second judge: for every file it reads, it gives
 * exactly the DTOs the careful reader gives, and it reads nothing the careful reader refuses.
 * Files as Touchmap writes them must take the shortcut, or opening is quietly twice as slow.
 */
class OnePassReaderTest {
    private static final MapReader CAREFUL = new MapReader(Migrations.standard());
    private static final java.util.function.IntPredicate AS_IS = Migrations.standard()::readsAsIs;
    private static final Pattern SCALAR = Pattern.compile(
            "(?<=\": )(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
    private static final Pattern KEY = Pattern.compile("\"[A-Za-z]+\"(?=: )");
    /** Values that the two readers could take differently: signs of zero, limits of long and double. */
    private static final String[] ODD_VALUES = {"-0.0", "0.0", "-0", "0e5", "-1e-400", "1e-400", "1e400", "-1e400",
            "0.1", "1.0", "100.50", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890.5", "4.9e-324", "1.7976931348623157e308", "2", "null", "true",
            "false", "\"\"", "\"text\"", "\"\\u0000\"", "{}", "[]", "{\"a\": 1}", "[1, 2.50]", "\"touchmap\""};

    @Test
    void filesAsTouchmapWritesThemTakeTheShortcutToTheSameDtos() throws Exception {
        for (Map.Entry<String, byte[]> file : writtenFiles().entrySet()) {
            Optional<MapDto> onePass = OnePassReader.read(file.getValue(), AS_IS);
            assertTrue(onePass.isPresent(), file.getKey() + " was not read in one pass");
            assertEquals(CAREFUL.readCarefully(file.getValue()), onePass.get(), file.getKey());
        }
    }

    @Test
    void unknownFieldsAreKeptAsTheCarefulReaderKeepsThem() throws Exception {
        byte[] content = GoldenFileTest.resource("unknown-fields.cjm");
        assertSameOrSkipped(content, "unknown-fields.cjm");
        String withUnknown = new String(MapJson.write(MapJson.read(content, "unknown-fields.cjm")),
                StandardCharsets.UTF_8);
        assertTrue(withUnknown.contains("\"confidence\""), "the golden file should have unknown fields");
        assertTrue(OnePassReader.read(withUnknown.getBytes(StandardCharsets.UTF_8), AS_IS).isPresent());
    }

    @Test
    void damagedAndOddFilesGiveTheSameDtosOrTheCarefulReadersAnswer() throws Exception {
        Random random = new Random(20_261_207L);
        List<byte[]> seeds = new ArrayList<>(writtenFiles().values());
        seeds.add(GoldenFileTest.resource("unknown-fields.cjm"));
        int shortcuts = 0;
        for (int i = 0; i < 3_000; i++) {
            String seed = new String(seeds.get(random.nextInt(seeds.size())), StandardCharsets.UTF_8);
            String variant = switch (i % 5) {
                case 0, 1 -> replaceOne(seed, SCALAR, ODD_VALUES[random.nextInt(ODD_VALUES.length)], random);
                case 2 -> repeatOneLine(seed, random);
                case 3 -> dropOneLine(seed, random);
                default -> replaceOne(seed, KEY, "\"" + List.of("id", "name", "x", "criteria", "links", "voting",
                        "format", "formatVersion", "x-new", "snapshots").get(random.nextInt(10)) + "\"", random);
            };
            if (assertSameOrSkipped(variant.getBytes(StandardCharsets.UTF_8), "variant " + i)) {
                shortcuts++;
            }
        }
        // The variants must exercise the shortcut, not only its refusals.
        assertTrue(shortcuts > 500, shortcuts + " variants read in one pass");
    }

    @Test
    void olderVersionsAndOtherShapesGoTheCarefulWay() {
        assertTrue(OnePassReader.read("{\"formatVersion\": 1, \"format\": \"touchmap\", \"title\": \"t\"}"
                .getBytes(StandardCharsets.UTF_8), AS_IS).isEmpty(), "header in another order");
        assertTrue(OnePassReader.read("{\"format\": \"touchmap\", \"formatVersion\": 0, \"title\": \"t\"}"
                .getBytes(StandardCharsets.UTF_8), AS_IS).isEmpty(), "an older version");
        assertTrue(OnePassReader.read("{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"t\"} {}"
                .getBytes(StandardCharsets.UTF_8), AS_IS).isEmpty(), "trailing content");
        assertTrue(OnePassReader.read("{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"t\"}"
                .getBytes(StandardCharsets.UTF_8), AS_IS).isPresent(), "the smallest map");
    }

    /** Whether the one pass read {@code content}; fails when it read it otherwise than the careful reader. */
    private static boolean assertSameOrSkipped(byte[] content, String what) {
        Optional<MapDto> onePass = OnePassReader.read(content, AS_IS);
        MapDto careful;
        try {
            careful = CAREFUL.readCarefully(content);
        } catch (FileProblem problem) {
            assertTrue(onePass.isEmpty(), what + ": read in one pass although " + problem.getMessage());
            return false;
        }
        onePass.ifPresent(dto -> assertEquals(careful, dto, what));
        return onePass.isPresent();
    }

    private static Map<String, byte[]> writtenFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> samples = Files.list(Path.of("assets/samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".cjm")).sorted().toList()) {
                files.put(sample.getFileName().toString(),
                        MapJson.write(MapJson.read(Files.readAllBytes(sample), sample.toString())));
            }
        }
        for (String golden : List.of("golden/v1.cjm", "golden/v1-voting.cjm", "golden/v1-snapshots.cjm", "golden/v2.cjm")) {
            files.put(golden, MapJson.write(MapJson.read(GoldenFileTest.resource(golden), golden)));
        }
        files.put("detailed 300", MapJson.write(GeneratedMap.detailed(300)));
        JourneyMap generated = MapGenerator.generate(GeneratorSettings.of(200, 6, 3, 8));
        files.put("generated 200", MapJson.write(generated));
        return files;
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<MatchResult> matches = pattern.matcher(text).results().toList();
        MatchResult match = matches.get(random.nextInt(matches.size()));
        return text.substring(0, match.start()) + replacement + text.substring(match.end());
    }

    private static String repeatOneLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    private static String dropOneLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }
}
