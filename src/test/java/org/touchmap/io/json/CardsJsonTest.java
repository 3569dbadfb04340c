package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.edit.CopiedCards;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class CardsJsonTest {

    @Test
    void copiedCardsSurviveTheClipboardWithEveryAttributeAndTheirLinks() throws MapFileException {
        JourneyMap map = MedicalClinicMap.build();
        CopiedCards copied = CopiedCards.of(map, List.of("tp-phone", "tp-reception", "tp-doctor", "tp-review"));
        assertFalse(copied.chains().isEmpty(), "the sample links some of these cards");

        CopiedCards back = CardsJson.read(CardsJson.write(copied));

        assertEquals(copied.cards(), back.cards());
        assertEquals(copied.chains(), back.chains());
    }

    @Test
    void clipboardContentIsTheOrdinaryFileFormat() {
        JourneyMap map = MedicalClinicMap.build();
        String json = new String(CardsJson.write(CopiedCards.of(map, List.of("tp-chat"))), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\": \"touchmap\""), json);
        assertTrue(json.contains("\"tp-chat\""), json);
        assertFalse(json.contains("tp-phone"), "only what was copied");
    }

    @Test
    void foreignOrBrokenContentIsRefusedWithAClearReason() {
        MapFileException notJson = assertThrows(MapFileException.class,
                () -> CardsJson.read("plain words".getBytes(StandardCharsets.UTF_8)));
        assertEquals(CardsJson.SOURCE_NAME, notJson.file());
        assertThrows(MapFileException.class,
                () -> CardsJson.read("{\"format\":\"touchmap\",\"formatVersion\":99}".getBytes(StandardCharsets.UTF_8)));
    }
}
