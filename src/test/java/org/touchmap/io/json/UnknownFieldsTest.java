package org.touchmap.io.json;

import org.touchmap.io.MapFiles;
import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.UnknownFields;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

class UnknownFieldsTest {

    @Test
    void unknownFieldsSurviveLoadAndSaveByteForByte(@TempDir Path folder) throws Exception {
        byte[] original = GoldenFileTest.resource("unknown-fields.cjm");
        Path file = folder.resolve("newer.cjm");
        Files.write(file, original);

        MapFiles.save(MapFiles.load(file), file);

        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void unknownFieldsArePlainJavaValuesOnEveryElement() throws Exception {
        JourneyMap map = MapJson.read(GoldenFileTest.resource("unknown-fields.cjm"), "newer.cjm");

        Map<String, Object> top = map.unknownFields().asMap();
        assertEquals(List.of("theme", "history"), new ArrayList<>(top.keySet()));
        assertEquals(Map.of("accent", "#ff8800", "dark", true), top.get("theme"));
        assertInstanceOf(LinkedHashMap.class, top.get("theme"));
        assertEquals(Arrays.asList(1, new BigDecimal("2.50"), "three", null, false, List.of(), Map.of()),
                top.get("history"));

        assertEquals("mdi2s-star", map.stage("s1").unknownFields().asMap().get("icon"));
        assertEquals(Map.of("width", 240, "collapsed", false), map.stage("s1").unknownFields().asMap().get("layout"));
        assertEquals(Map.of("collapsed", true), map.lane("l1").unknownFields().asMap());
        Map<String, Object> card = map.touchpoint("t1").unknownFields().asMap();
        assertEquals(new BigDecimal("0.750"), card.get("confidence"));
        assertEquals(List.of(Map.of("name", "photo.png", "bytes", new BigInteger("12345678901234567890"))),
                card.get("attachments"));
        assertEquals(Map.of("style", "dashed"), map.chain("c1").unknownFields().asMap());
    }

    @Test
    void unknownFieldsAreWrittenAfterTheKnownOnesInTheirOriginalOrder() throws Exception {
        String shuffled = """
                {"zeta": 1, "format": "touchmap", "alpha": 2, "formatVersion": 1, "title": "T",
                 "stages": [{"extra": "e", "id": "s", "name": "S", "another": "a"}]}
                """;
        JourneyMap map = MapJson.read(shuffled.getBytes(StandardCharsets.UTF_8), "shuffled.cjm");
        String written = new String(MapJson.write(map), StandardCharsets.UTF_8);

        assertTrue(written.indexOf("\"chains\"") < written.indexOf("\"zeta\""));
        assertTrue(written.indexOf("\"zeta\"") < written.indexOf("\"alpha\""));
        assertTrue(written.indexOf("\"name\": \"S\"") < written.indexOf("\"extra\""));
        assertTrue(written.indexOf("\"extra\"") < written.indexOf("\"another\""));
    }

    @Test
    void anUnknownFieldNamedLikeAKnownOneIsNotWritten() throws Exception {
        JourneyMap map = MedicalClinicMap.build();
        map.setUnknownFields(UnknownFields.of(Map.of("title", "shadow", "formatVersion", 99)));
        map.stage("search").setUnknownFields(UnknownFields.of(Map.of("color", "not a colour")));

        JourneyMap reread = MapJson.read(MapJson.write(map), "shadowed.cjm");

        assertEquals(MedicalClinicMap.build(), reread);
    }
}
