package org.touchmap.ui.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.io.json.MapJson;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.Chain;
import org.touchmap.model.Criterion;
import org.touchmap.model.IndustryStarter;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.StageTemplate;
import org.touchmap.model.TemplateStage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

import static org.junit.jupiter.api.Assertions.*;

/** The bundled samples open in the interface's language: the same map, only its words translated. */
class SamplesTest {
    private static final List<String> TRANSLATIONS = List.of("ru", "sr");

    @Test
    void aSamplesTitleIsReadWithoutTheMapAsTheMapGivesIt() {
        for (String sample : Samples.ALL) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("sr"),
                    Locale.GERMAN)) {
                assertEquals(Samples.load(sample, language).title(), Samples.title(sample, language),
                        sample + " in " + language);
            }
        }
    }

    static Stream<Arguments> translations() {
        return Samples.ALL.stream()
                .flatMap(sample -> TRANSLATIONS.stream().map(language -> Arguments.of(sample, language)));
    }

    /** Every bundled file: each sample in English and in every translation. */
    static Stream<String> files() {
        return Samples.ALL.stream().flatMap(sample -> Stream.concat(Stream.of(sample), TRANSLATIONS.stream()
                .map(language -> Samples.translatedName(sample, Locale.forLanguageTag(language)))));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void theTranslatedSampleIsTheSameMapInOtherWords(String sample, String language) {
        JourneyMap english = Samples.load(sample);
        JourneyMap translated = Samples.load(sample, Locale.forLanguageTag(language));

        assertNotEquals(english.title(), translated.title(), "the translation is the one opened");
        assertEquals(shape(english), shape(translated));
        assertNotEquals(names(english), names(translated));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBundledFileLoadsCleanlyAndIsWrittenAsTouchmapWritesIt(String file) throws Exception {
        byte[] content = resource(file);
        JourneyMap map = MapJson.read(content, file);

        assertEquals(List.of(), MapInvariants.problems(map));
        assertEquals(new String(content, StandardCharsets.UTF_8),
                new String(MapJson.write(map), StandardCharsets.UTF_8),
                "saving the sample unchanged must not change a byte");
    }

    @ParameterizedTest
    @MethodSource("files")
    void cardsInTheSameCellDoNotOverlap(String file) {
        JourneyMap map = Samples.load(file);
        LayoutSettings settings = LayoutSettings.defaults();
        List<Touchpoint> cards = map.touchpoints();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                Touchpoint a = cards.get(i);
                Touchpoint b = cards.get(j);
                boolean sameCell = a.stageId().equals(b.stageId()) && a.laneId().equals(b.laneId());
                boolean overlap = Math.abs(a.x() - b.x()) < settings.cardWidth()
                        && Math.abs(a.y() - b.y()) < settings.cardHeight();
                assertFalse(sameCell && overlap, a.id() + " overlaps " + b.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void criteriaAreThoseOfTheTouchpointsChannel(String file) {
        for (Touchpoint tp : Samples.load(file).touchpoints()) {
            List<Criterion> expected = tp.channel().criteria();
            for (String criterion : tp.criteria().keySet()) {
                assertTrue(expected.contains(Criterion.byId(criterion).orElseThrow()),
                        tp.id() + " (" + tp.channelId() + ") is scored on " + criterion);
            }
        }
    }

    @Test
    void everySampleEndsAChainWithAFinalChord() {
        for (String sample : Samples.ALL) {
            assertTrue(Samples.load(sample).chains().stream().anyMatch(chain -> chain.nextChainId() != null), sample);
        }
    }

    @Test
    void theOnlineStoreLosesCartsAtTheDeliveryCostAndWinsSomeBack() {
        JourneyMap store = Samples.load(Samples.ONLINE_STORE);
        Touchpoint abandoned = store.touchpoint("tp-cart-abandoned");

        assertEquals(Rating.NEGATIVE, abandoned.rating());
        assertEquals(TouchpointCategory.SITUATION, abandoned.category());
        assertEquals("intent", abandoned.stageId());
        assertTrue(store.chain("ch-cart-recovery").touchpointIds().contains(abandoned.id()));
    }

    @Test
    void theOnlineStoreChartsALateParcelComplaintAsTouchpointsOfAChain() {
        JourneyMap store = Samples.load(Samples.ONLINE_STORE);
        Chain complaint = store.chains().stream()
                .filter(chain -> touchpointsOf(store, chain).anyMatch(tp -> tp.channelId().equals("support-complaint")))
                .findFirst().orElseThrow(() -> new AssertionError("no chain passes through a support complaint"));

        List<Touchpoint> steps = touchpointsOf(store, complaint).toList();
        assertEquals("delivery", steps.get(0).channelId(), "the trouble starts with the delivery");
        assertEquals(Rating.NEGATIVE, steps.get(0).rating());
        assertTrue(steps.stream().filter(tp -> tp.channelId().equals("support-complaint"))
                .allMatch(tp -> tp.rating() == Rating.NEGATIVE || tp.rating() == Rating.NEUTRAL));
    }

    @Test
    void theOnlineStoreUsesTheSixStageTemplateInThreePhases() {
        JourneyMap store = Samples.load(Samples.ONLINE_STORE);

        assertEquals(IndustryStarter.ONLINE_STORE.id(), store.template());
        assertEquals(stageIds(StageTemplate.ONLINE_STORE_STAGES), store.stages().stream().map(Stage::id).toList());
        assertEquals(3, store.stages().stream().map(Stage::phase).distinct().count());
        assertFunnelNarrows(store);
    }

    @Test
    void theRepairServiceCountsVisitorsOnEveryStageOfTheFiveStageFunnel() {
        JourneyMap repair = Samples.load(Samples.REPAIR_SERVICE);

        assertEquals(StageTemplate.CLIENT_FUNNEL.id(), repair.template());
        assertEquals(stageIds(StageTemplate.CLIENT_FUNNEL), repair.stages().stream().map(Stage::id).toList());
        assertTrue(repair.stages().stream().allMatch(stage -> stage.visitors() != null && stage.visitors() > 0));
        assertFunnelNarrows(repair);
    }

    @Test
    void aLanguageWithoutATranslationGetsTheEnglishSample() {
        JourneyMap english = Samples.load(Samples.MEDICAL_CLINIC);
        assertEquals(english, Samples.load(Samples.MEDICAL_CLINIC, Locale.GERMAN));
        assertEquals(english, Samples.load(Samples.MEDICAL_CLINIC, Locale.ENGLISH));
    }

    private static void assertFunnelNarrows(JourneyMap map) {
        long[] visitors = map.stages().stream().map(Stage::visitors).filter(Objects::nonNull)
                .mapToLong(Long::longValue).toArray();
        long[] narrowing = Arrays.stream(visitors).boxed().sorted((a, b) -> Long.compare(b, a))
                .mapToLong(Long::longValue).toArray();
        assertArrayEquals(narrowing, visitors, "fewer customers reach each later stage");
    }

    private static List<String> stageIds(StageTemplate template) {
        return template.stages().stream().map(TemplateStage::id).toList();
    }

    private static Stream<Touchpoint> touchpointsOf(JourneyMap map, Chain chain) {
        return chain.touchpointIds().stream().map(map::touchpoint);
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + file)) {
            assertNotNull(in, file + " is bundled");
            return in.readAllBytes();
        }
    }

    /** Everything about a map except its words: what a translation must keep. */
    private static List<String> shape(JourneyMap map) {
        List<String> shape = new ArrayList<>();
        shape.add(map.template() + " " + map.created() + " " + map.modified());
        Stage previous = null;
        for (Stage stage : map.stages()) {
            boolean samePhase = previous != null && Objects.equals(previous.phase(), stage.phase());
            shape.add(stage.id() + " " + stage.visitors() + " " + stage.color() + " " + stage.width()
                    + " phase " + (stage.phase() == null ? "none" : samePhase ? "continues" : "starts"));
            previous = stage;
        }
        map.lanes().forEach(lane -> shape.add(lane.id() + " " + lane.color()));
        map.chains().forEach(chain -> shape.add(chain.id() + " " + chain.color() + " " + chain.links()
                + " " + chain.nextChainId()));
        map.touchpoints().forEach(tp -> shape.add(String.join(" ", tp.id(), tp.stageId(), tp.laneId(),
                tp.x() + "," + tp.y(), tp.channelId(), String.valueOf(tp.rating()), String.valueOf(tp.emotion()),
                String.valueOf(tp.keyPoint()), String.valueOf(tp.presence()), String.valueOf(tp.category()),
                String.valueOf(tp.control()), String.valueOf(tp.attention()), String.valueOf(tp.lifespan()),
                String.valueOf(tp.criteria()), String.valueOf(tp.metrics()), String.valueOf(tp.evidence()),
                String.valueOf(tp.competitor()))));
        return shape;
    }

    private static List<String> names(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::name).toList();
    }
}
