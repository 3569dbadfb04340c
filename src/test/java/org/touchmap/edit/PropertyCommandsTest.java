package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lifespan;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MapElement;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Persona;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.TouchpointCategory;
import org.touchmap.model.TouchpointText;

class PropertyCommandsTest {

    /** A value for every property, different from what the clinic's phone-booking card has. */
    static final Map<ElementProperty<?, ?>, Object> TOUCHPOINT_SAMPLES = withDescribedTexts(Map.ofEntries(
            Map.entry(TouchpointProperties.NAME, "Phone booking"),
            Map.entry(TouchpointProperties.DESCRIPTION, "Calls the front desk."),
            Map.entry(TouchpointProperties.CHANNEL, "callback-request"),
            Map.entry(TouchpointProperties.PRESENCE, Presence.ONLINE),
            Map.entry(TouchpointProperties.CATEGORY, TouchpointCategory.SITUATION),
            Map.entry(TouchpointProperties.RATING, Rating.POSITIVE),
            Map.entry(TouchpointProperties.EMOTION, 1),
            Map.entry(TouchpointProperties.KEY_POINT, false),
            Map.entry(TouchpointProperties.CONTROL, Control.UNCONTROLLED),
            Map.entry(TouchpointProperties.ATTENTION, Attention.LONG),
            Map.entry(TouchpointProperties.LIFESPAN, Lifespan.RECURRING),
            Map.entry(TouchpointProperties.CRITERIA, orderedScores()),
            Map.entry(TouchpointProperties.METRICS, Map.of(Metric.NPS, -20.0, Metric.CES, 5.5)),
            Map.entry(TouchpointProperties.PAIN_POINTS, "Nobody answers."),
            Map.entry(TouchpointProperties.IDEAS, "Online booking."),
            Map.entry(TouchpointProperties.OWNER, "Front desk"),
            Map.entry(TouchpointProperties.EVIDENCE, Evidence.ASSUMED),
            Map.entry(TouchpointProperties.NOTES, "Checked in May."),
            Map.entry(TouchpointProperties.COMPETITOR, CompetitorComparison.SAME)));

    /** The samples above, and one text for every field described in {@link TouchpointText}. */
    private static Map<ElementProperty<?, ?>, Object> withDescribedTexts(Map<ElementProperty<?, ?>, Object> samples) {
        Map<ElementProperty<?, ?>, Object> all = new java.util.HashMap<>(samples);
        for (TouchpointText field : TouchpointText.values()) {
            all.put(TouchpointProperties.text(field), "A sample " + field.key());
        }
        return Map.copyOf(all);
    }

    /** Values for the properties of the clinic's "compare" stage. */
    static final Map<ElementProperty<?, ?>, Object> STAGE_SAMPLES = Map.of(
            StageProperties.NAME, "Choosing a clinic",
            StageProperties.DESCRIPTION, "Weighs the options.",
            StageProperties.CUSTOMER_QUESTION, "Whom do I trust?",
            StageProperties.COLOR, "#AABBCC",
            StageProperties.PHASE, "Pre-sale",
            StageProperties.VISITORS, 700L,
            StageProperties.WIDTH, 320.0);

    static final Map<ElementProperty<?, ?>, Object> LANE_SAMPLES = Map.of(
            LaneProperties.NAME, "Digital",
            LaneProperties.DESCRIPTION, "Everything on a screen.",
            LaneProperties.COLOR, "#eeeeee",
            LaneProperties.KIND, org.touchmap.model.LaneKind.FRONTSTAGE,
            LaneProperties.FOLDED, true,
            LaneProperties.CHAIN, "ch-repeat");

    static final Map<ElementProperty<?, ?>, Object> CHAIN_SAMPLES = Map.of(
            ChainProperties.NAME, "Main path",
            ChainProperties.COLOR, "#009e73",
            ChainProperties.DESCRIPTION, "The usual way in.",
            ChainProperties.NEXT_CHAIN, "ch-first-visit");

    static final Map<MapProperty<?>, Object> MAP_SAMPLES = Map.of(
            MapProperties.TITLE, "Clinic, spring",
            MapProperties.DESCRIPTION, "Spring survey.",
            MapProperties.INDUSTRY, "Healthcare",
            MapProperties.PERSONA, new Persona("Igor, 50", "", "", "", "", "", "", ""),
            MapProperties.COMPETITOR_NOTES, "None nearby.");

    static Stream<Arguments> elementProperties() {
        return Stream.of(
                cases(TouchpointProperties.all(), TOUCHPOINT_SAMPLES, "tp-phone"),
                cases(StageProperties.all(), STAGE_SAMPLES, "compare"),
                cases(LaneProperties.all(), LANE_SAMPLES, "offline"),
                cases(ChainProperties.all(), CHAIN_SAMPLES, "ch-repeat")).flatMap(s -> s);
    }

    private static Stream<Arguments> cases(List<? extends ElementProperty<?, ?>> properties,
                                           Map<ElementProperty<?, ?>, Object> samples, String elementId) {
        assertEquals(samples.keySet(), Set.copyOf(properties), "every property needs a sample value");
        return properties.stream().map(p -> Arguments.of(p, elementId, samples.get(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementProperties")
    void changingAnElementPropertyIsUndoable(ElementProperty<MapElement, Object> property, String id, Object value) {
        JourneyMap map = forChanging(property, MedicalClinicMap.build());

        CommandStack stack = assertReversible(map, property.change(id, value));

        assertEquals(normalised(value), property.get(element(map, id)));
        assertEquals(property.descriptionKey(), stack.undoDescription().orElseThrow().key());
    }

    /**
     * The map on which a change of {@code property} changes something: a card's presence is the person's to
     * set only where the lanes are not the Online/Offline pair, which decides it otherwise; a lane's kind
     * only where the lane holds no cards.
     */
    static JourneyMap forChanging(ElementProperty<?, ?> property, JourneyMap map) {
        if (property == LaneProperties.KIND) {
            // A lane takes another kind only when it holds nothing that kind cannot hold: no cards here.
            List.copyOf(map.touchpoints()).forEach(card -> new RemoveTouchpoint(card.id()).execute(map));
        }
        if (property == TouchpointProperties.PRESENCE) {
            for (int i = 0; i < map.lanes().size(); i++) {
                map.lanes().get(i).setName("Row " + (i + 1));
            }
        }
        return map;
    }

    static Stream<Arguments> elementPropertiesOnTheSmallMap() {
        return Stream.of(
                cases(TouchpointProperties.all(), TOUCHPOINT_SAMPLES, "c"),
                cases(StageProperties.all(), STAGE_SAMPLES, "s2"),
                cases(LaneProperties.all(), LANE_SAMPLES, "l2"),
                cases(ChainProperties.all(), CHAIN_SAMPLES, "main")).flatMap(s -> s)
                // The small map has no chain "ch-first-visit"; let "main" continue into itself instead.
                .map(args -> args.get()[0] == ChainProperties.NEXT_CHAIN
                        ? Arguments.of(ChainProperties.NEXT_CHAIN, "main", "main") : args)
                .map(args -> args.get()[0] == LaneProperties.CHAIN ? Arguments.of(LaneProperties.CHAIN, "l2", "main") : args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementPropertiesOnTheSmallMap")
    void changingAnElementPropertyOfTheSmallMapIsUndoable(ElementProperty<MapElement, Object> property, String id,
                                                          Object value) {
        JourneyMap map = forChanging(property, SmallMap.build());

        assertReversible(map, property.change(id, value));

        assertEquals(normalised(value), property.get(element(map, id)));
    }

    static Stream<Arguments> mapProperties() {
        assertEquals(MAP_SAMPLES.keySet(), Set.copyOf(MapProperties.all()), "every property needs a sample value");
        return MapProperties.all().stream().map(p -> Arguments.of(p, MAP_SAMPLES.get(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mapProperties")
    void changingAMapPropertyIsUndoable(MapProperty<Object> property, Object value) {
        JourneyMap map = MedicalClinicMap.build();

        assertReversible(map, property.change(value));

        assertEquals(value, property.get(map));
    }

    @Test
    void propertiesThatMayBeUnsetCanBeClearedAndRestored() {
        JourneyMap map = MedicalClinicMap.build();
        assertReversible(map, TouchpointProperties.EMOTION.change("tp-phone", null));
        assertReversible(map, TouchpointProperties.EVIDENCE.change("tp-phone", null));
        assertReversible(map, StageProperties.VISITORS.change("search", null));
        assertReversible(map, StageProperties.PHASE.change("search", ""));
        assertReversible(map, StageProperties.WIDTH.change("search", 300.0));
        assertReversible(map, StageProperties.WIDTH.change("search", null));
        assertReversible(map, ChainProperties.NEXT_CHAIN.change("ch-first-visit", null));

        assertEquals(null, map.stage("search").phase());
    }

    @Test
    void theOrderOfCriteriaScoresIsKeptAndTheCallersMapIsCopied() {
        JourneyMap map = MedicalClinicMap.build();
        Map<String, Integer> scores = orderedScores();
        CommandStack stack = new CommandStack(map);
        stack.execute(TouchpointProperties.CRITERIA.change("tp-phone", scores));
        scores.put("speed", 1);

        stack.undo();
        stack.redo();

        assertEquals(List.of("politeness", "answer-speed"), List.copyOf(map.touchpoint("tp-phone").criteria().keySet()));
    }

    @Test
    void anInvalidValueIsRefusedAndLeavesTheMapAndHistoryAlone() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);

        assertThrows(IllegalArgumentException.class,
                () -> stack.execute(TouchpointProperties.EMOTION.change("tp-phone", 3)));
        assertThrows(IllegalArgumentException.class,
                () -> stack.execute(StageProperties.COLOR.change("search", "red")));
        assertThrows(IllegalArgumentException.class,
                () -> stack.execute(StageProperties.WIDTH.change("search", -40.0)));

        assertEquals(MedicalClinicMap.build(), map);
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }

    @Test
    void aChainCannotContinueIntoAMissingChain() {
        JourneyMap map = MedicalClinicMap.build();

        assertFalse(ChainProperties.NEXT_CHAIN.change("ch-repeat", "ch-nowhere").isExecutable(map));
        assertTrue(ChainProperties.NEXT_CHAIN.change("ch-repeat", "ch-repeat").isExecutable(map));
    }

    @Test
    void aChangeOfAMissingElementIsRefused() {
        JourneyMap map = MedicalClinicMap.build();

        assertFalse(TouchpointProperties.RATING.change("tp-gone", Rating.POSITIVE).isExecutable(map));
        assertFalse(StageProperties.NAME.change("tp-phone", "A card is not a stage").isExecutable(map));
    }

    @Test
    void aRenameIsDescribedByTheOldName() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);

        stack.execute(TouchpointProperties.NAME.change("tp-phone", "Phone booking"));

        assertEquals(Optional.of(Description.of("touchpoint.rename", "Booking by phone")), stack.undoDescription());
    }

    @Test
    void changingTheRatingOfSeveralCardsIsOneStep() {
        JourneyMap map = MedicalClinicMap.build();

        CommandStack stack = assertReversible(map,
                TouchpointProperties.RATING.changeAll(List.of("tp-chat", "tp-phone", "tp-mailing"), Rating.NEUTRAL));

        assertEquals(Optional.of(Description.of("touchpoints.change", 3)), stack.undoDescription());
        assertTrue(map.touchpoints().stream().noneMatch(tp -> tp.rating() == Rating.NEGATIVE));
        assertEquals(List.of(), MapInvariants.problems(map));
        assertThrows(IllegalArgumentException.class, () -> TouchpointProperties.RATING.changeAll(List.of(), Rating.NEUTRAL));
    }

    @Test
    void propertiesReadTheCurrentValue() {
        JourneyMap map = MedicalClinicMap.build();

        assertEquals(Rating.NEGATIVE, TouchpointProperties.RATING.get(map.touchpoint("tp-phone")));
        assertEquals(1800L, StageProperties.VISITORS.get(map.stage("search")));
        assertEquals("Medical clinic", MapProperties.INDUSTRY.get(map));
        assertNotEquals(TouchpointProperties.NAME.descriptionKey(), StageProperties.NAME.descriptionKey());
    }

    private static Map<String, Integer> orderedScores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("politeness", 5);
        scores.put("answer-speed", 4);
        return scores;
    }

    /** Colours are kept in lower case. */
    private static Object normalised(Object value) {
        return value instanceof String s && s.startsWith("#") ? s.toLowerCase(Locale.ROOT) : value;
    }

    private static MapElement element(JourneyMap map, String id) {
        return Stream.of(map.findTouchpoint(id), map.findStage(id), map.findLane(id), map.findChain(id))
                .flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
