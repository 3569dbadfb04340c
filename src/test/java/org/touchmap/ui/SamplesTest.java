package org.touchmap.ui;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapConsistency;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** The bundled sample opens in the interface's language: the same map, only its words translated. */
class SamplesTest {
    private static final JourneyMap ENGLISH = Samples.load(Samples.MEDICAL_CLINIC);

    @ParameterizedTest
    @ValueSource(strings = {"ru", "sr"})
    void theTranslatedSampleIsTheSameMapInOtherWords(String language) {
        JourneyMap translated = Samples.load(Samples.MEDICAL_CLINIC, Locale.forLanguageTag(language));

        assertNotEquals(ENGLISH.title(), translated.title(), "the translation is the one opened");
        assertTrue(MapConsistency.problems(translated).isEmpty());
        assertSameIn(translated, map -> map.stages().stream().map(stage -> stage.id()));
        assertSameIn(translated, map -> map.lanes().stream().map(lane -> lane.id()));
        assertSameIn(translated, map -> map.chains().stream().map(chain -> chain.id() + chain.links()));
        assertSameIn(translated, map -> map.touchpoints().stream().map(tp -> tp.id() + " " + tp.stageId() + " "
                + tp.laneId() + " " + tp.rating() + " " + tp.channelId() + " " + tp.x() + "," + tp.y()));
        assertNotEquals(names(ENGLISH), names(translated));
    }

    @Test
    void aLanguageWithoutATranslationGetsTheEnglishSample() {
        assertEquals(ENGLISH, Samples.load(Samples.MEDICAL_CLINIC, Locale.GERMAN));
        assertEquals(ENGLISH, Samples.load(Samples.MEDICAL_CLINIC, Locale.ENGLISH));
    }

    private static void assertSameIn(JourneyMap translated, Function<JourneyMap, Stream<String>> part) {
        assertEquals(part.apply(ENGLISH).toList(), part.apply(translated).toList());
    }

    private static java.util.List<String> names(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::name).toList();
    }
}
