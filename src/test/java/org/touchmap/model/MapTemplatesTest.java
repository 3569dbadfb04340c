package org.touchmap.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.*;

/** Every template makes a sound map in every language, with every word translated. */
class MapTemplatesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));

    static Stream<Arguments> templatesInEveryLanguage() {
        return MapTemplates.all().stream().flatMap(t -> LANGUAGES.stream().map(l -> Arguments.of(t, l)));
    }

    @ParameterizedTest
    @MethodSource("templatesInEveryLanguage")
    void aTemplateMakesASoundMapWithAllItsWords(MapTemplate template, Locale language) {
        JourneyMap map = MapTemplates.create(template, language, NOW);

        assertEquals(List.of(), MapInvariants.problems(map));
        assertEquals(template.id(), map.template());
        assertEquals(NOW, map.created());
        assertEquals(template.stageTemplate().stages().stream().map(TemplateStage::id).toList(),
                map.stages().stream().map(Stage::id).toList());
        Stream.concat(Stream.of(map.title(), template.name(language), template.description(language)),
                        Stream.concat(map.stages().stream().flatMap(s -> Stream.of(s.name(), s.description(),
                                        s.customerQuestion())),
                                Stream.concat(map.lanes().stream().map(Lane::name),
                                        map.touchpoints().stream().map(Touchpoint::name))))
                .forEach(text -> assertFalse(text == null || text.isBlank() || text.matches("[a-z0-9.-]+\\.[a-z0-9.-]+"),
                        () -> "untranslated text " + text + " in " + template.id() + " " + language));
    }

    @Test
    void everyStageSetIsThereWithTheStageCountsOfTheLiterature() {
        assertEquals(List.of(3, 5, 4, 6, 5, 5), Stream.of(StageTemplate.values()).map(t -> t.stages().size()).toList());
        assertEquals(6, MapTemplates.all().size() - IndustryStarter.values().length);
        assertTrue(IndustryStarter.values().length >= 4);
    }

    @Test
    void theFiveDecisionStagesGetThoughtsAboveTheCardsAndPainPointsAndOpportunitiesBelow() {
        JourneyMap map = MapTemplates.create(StageTemplate.FIVE_DECISIONS, Locale.ENGLISH, NOW);

        assertEquals(List.of(LaneKind.THOUGHTS, LaneKind.TOUCHPOINTS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS,
                LaneKind.OPPORTUNITIES), map.lanes().stream().map(Lane::kind).toList());
        assertEquals(List.of("Thoughts", "Online", "Offline", "Pain points", "Opportunities"),
                map.lanes().stream().map(Lane::name).toList());
        assertEquals(List.of(), MapConsistency.problems(map));
    }

    @Test
    void theServiceBlueprintHasTheSixRowsOfTheMethodInTheLanguageAsked() {
        JourneyMap map = MapTemplates.create(StageTemplate.SERVICE_BLUEPRINT, Locale.forLanguageTag("ru"), NOW);

        assertEquals(List.of(LaneKind.PHYSICAL_EVIDENCE, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE,
                LaneKind.BACKSTAGE, LaneKind.SUPPORT), map.lanes().stream().map(Lane::kind).toList());
        assertEquals("Закулисье", map.lane("backstage").name());
        assertEquals("Обращение", map.stages().get(0).name());
    }

    @Test
    void aBlankMapHasTheThreeStagesAroundThePurchaseAndOneLaneInTheLanguageAsked() {
        JourneyMap english = MapTemplates.blank(Locale.ENGLISH, NOW);
        JourneyMap russian = MapTemplates.blank(Locale.forLanguageTag("ru"), NOW);

        assertEquals("Untitled map", english.title());
        assertEquals(List.of("Before purchase", "Purchase", "After purchase"),
                english.stages().stream().map(Stage::name).toList());
        assertEquals(List.of("До покупки", "Покупка", "После покупки"), russian.stages().stream().map(Stage::name).toList());
        assertEquals(1, russian.lanes().size());
        assertEquals("Точки контакта", russian.lanes().get(0).name());
        assertEquals(StageTemplate.BEFORE_DURING_AFTER.customerQuestion(Locale.ENGLISH, "before"),
                english.stages().get(0).customerQuestion());
        assertEquals(NOW, english.created());
        assertEquals(List.of(), english.touchpoints());
    }

    @Test
    void phasesGroupTheStagesOfTheSetsThatHaveThem() {
        JourneyMap map = MapTemplates.create(StageTemplate.ONLINE_STORE_STAGES, Locale.ENGLISH, NOW);

        assertEquals(List.of("Pre-purchase", "Pre-purchase", "Pre-purchase", "Purchase", "Post-purchase",
                "Post-purchase"), map.stages().stream().map(Stage::phase).toList());
    }

    @Test
    void anIndustryStarterPlacesItsCardsWithoutOverlapAndChainsTheUsualPath() {
        IndustryStarter starter = IndustryStarter.ONLINE_STORE;
        JourneyMap map = MapTemplates.create(starter, Locale.ENGLISH, NOW);

        assertEquals(starter.cards().size(), map.touchpoints().size());
        assertEquals(map.touchpoints().size(), map.touchpoints().stream()
                .map(tp -> tp.stageId() + tp.laneId() + tp.x() + "," + tp.y()).distinct().count());
        Touchpoint checkout = map.touchpoint("tp-checkout");
        assertTrue(checkout.keyPoint());
        assertEquals(Rating.UNRATED, checkout.rating());
        assertEquals(ChannelType.GENERIC, checkout.channel().type());
        Chain chain = map.chains().get(0);
        assertEquals(starter.path().size() - 1, chain.linkCount());
        assertEquals("Online store", map.industry());
    }

    @Test
    void typicalChannelsOfAStarterAreItsOwnCardsAndThoseOfItsStageSet() {
        List<String> channels = IndustryStarter.MEDICAL_CLINIC.typicalChannels("compare");

        assertTrue(channels.containsAll(List.of("third-party-reviews", "phone-call", "online-chat")), channels::toString);
        assertEquals(List.of(), IndustryStarter.MEDICAL_CLINIC.typicalChannels("no-such-stage"));
    }

    @Test
    void templatesAreFoundByTheIdAMapRemembers() {
        assertEquals(IndustryStarter.BEAUTY_SALON, MapTemplates.byId("beauty-salon").orElseThrow());
        assertEquals(StageTemplate.CLIENT_FUNNEL, MapTemplates.byId("client-5").orElseThrow());
        assertTrue(MapTemplates.byId("made-up").isEmpty());
    }

    @Test
    void aCopyKeepsTheTemplate() {
        JourneyMap map = MapTemplates.create(StageTemplate.FIVE_DECISIONS, Locale.ENGLISH, NOW);

        assertEquals("decision-5", map.copy().template());
        assertEquals(map, map.copy());
    }
}
