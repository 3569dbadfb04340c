package org.touchmap.io.json;

import org.touchmap.io.MapFiles;
import org.touchmap.io.Samples;
import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MapJsonRoundTripTest {

    @Test
    void sampleAssetLoadsAsTheMedicalClinicMap() throws Exception {
        assertEquals(MedicalClinicMap.build(), MapFiles.load(Samples.medicalClinic()));
    }

    @Test
    void writingTheSampleGivesTheAssetByteForByte() throws Exception {
        byte[] asset = Files.readAllBytes(Samples.medicalClinic());
        assertArrayEquals(asset, MapJson.write(MedicalClinicMap.build()));
        assertArrayEquals(asset, MapJson.write(MapFiles.load(Samples.medicalClinic())));
    }

    @Test
    void saveOpenSaveIsByteIdentical() throws Exception {
        byte[] first = MapJson.write(MedicalClinicMap.build());
        JourneyMap reopened = MapJson.read(first, "first.cjm");
        assertArrayEquals(first, MapJson.write(reopened));
    }

    @Test
    void fileIsPrettyPrintedWithTwoSpacesLineFeedsAndAFinalNewline() {
        String text = new String(MapJson.write(MedicalClinicMap.build()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"touchmap\",\n  \"formatVersion\": 1,\n  \"title\": "), text);
        assertTrue(text.endsWith("\n}\n"));
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\t"));
        assertTrue(text.contains("\n      \"x\": 0,\n"), "whole positions are written without a fraction");
        assertTrue(text.contains("\"conversionPercent\": 3.1"));
        assertTrue(text.contains("answer parents' questions — the competitor"), "non-ASCII text is written as is");
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrder() {
        String text = new String(MapJson.write(MedicalClinicMap.build()), StandardCharsets.UTF_8);
        List<String> order = List.of("\"format\"", "\"formatVersion\"", "\"title\"", "\"description\"",
                "\"industry\"", "\"persona\"", "\"competitorNotes\"", "\"created\"", "\"modified\"", "\"stages\"",
                "\"lanes\"", "\"touchpoints\"", "\"chains\"");
        List<Integer> positions = new ArrayList<>();
        order.forEach(key -> positions.add(text.indexOf("\n  " + key + ": ")));
        assertFalse(positions.contains(-1), () -> "missing top-level key in " + positions);
        Iterator<Integer> it = positions.iterator();
        int previous = it.next();
        while (it.hasNext()) {
            int next = it.next();
            assertTrue(next > previous, "keys out of order: " + positions);
            previous = next;
        }
    }

    @Test
    void defaultsAreLeftOut() {
        JourneyMap map = new JourneyMap("Bare");
        String text = new String(MapJson.write(map), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "format": "touchmap",
                  "formatVersion": 1,
                  "title": "Bare",
                  "stages": [],
                  "lanes": [],
                  "touchpoints": [],
                  "chains": []
                }
                """, text);
    }

    @Test
    void emptyMapRoundTrips() throws Exception {
        JourneyMap map = new JourneyMap("");
        assertEquals(map, MapJson.read(MapJson.write(map), "empty.cjm"));
    }
}
