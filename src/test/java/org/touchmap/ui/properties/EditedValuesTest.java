package org.touchmap.ui.properties;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.touchmap.edit.Command;
import org.touchmap.edit.CommandStack;
import org.touchmap.edit.StageProperties;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Criterion;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class EditedValuesTest {
    private JourneyMap map;
    private CommandStack stack;

    @BeforeEach
    void clinic() {
        map = MedicalClinicMap.build();
        stack = new CommandStack(map);
    }

    @Test
    void cardsThatDifferReadAsMixedAndCardsThatAgreeAsOneValue() {
        EditedValue<Rating> rating = EditedValues.touchpoint(TouchpointProperties.RATING);
        assertTrue(CommonValue.of(rating.read(map, List.of("tp-phone", "tp-page"))).mixed());
        assertEquals(CommonValue.same(Rating.NEGATIVE),
                CommonValue.of(rating.read(map, List.of("tp-phone", "tp-chat"))));
    }

    @Test
    void settingAValueTheCardsHaveAlreadyMakesNoCommand() {
        EditedValue<Rating> rating = EditedValues.touchpoint(TouchpointProperties.RATING);
        assertTrue(rating.change(map, List.of("tp-phone", "tp-chat"), Rating.NEGATIVE).isEmpty());
        assertTrue(EditedValues.stage(StageProperties.VISITORS).change(map, List.of("search"), 1800L).isEmpty());
    }

    @Test
    void changingSeveralCardsIsOneUndoStepThatTouchesOnlyTheDifferentOnes() {
        EditedValue<Rating> rating = EditedValues.touchpoint(TouchpointProperties.RATING);
        Command command = rating.change(map, List.of("tp-phone", "tp-page", "tp-blog"), Rating.NEGATIVE).orElseThrow();
        stack.execute(command);
        assertEquals(List.of(Rating.NEGATIVE, Rating.NEGATIVE, Rating.NEGATIVE),
                rating.read(map, List.of("tp-phone", "tp-page", "tp-blog")));
        assertEquals("Change 2 cards", command.description().text(java.util.Locale.ENGLISH));

        stack.undo();
        assertEquals(MedicalClinicMap.build(), map);
        assertFalse(stack.canUndo());
    }

    @Test
    void aCriterionScoreChangesOnEveryCardAndKeepsEachCardsOtherScores() {
        EditedValue<Integer> politeness = EditedValues.criterionScore(Criterion.POLITENESS);
        stack.execute(politeness.change(map, List.of("tp-phone", "tp-chat"), 5).orElseThrow());
        assertEquals(Map.of("answer-speed", 2, "waiting-experience", 1, "politeness", 5, "sales-script", 3),
                map.touchpoint("tp-phone").criteria());
        assertEquals(2, map.touchpoint("tp-chat").criteria().get("reply-speed"));
        assertEquals(5, map.touchpoint("tp-chat").criteria().get("politeness"));

        stack.execute(politeness.change(map, List.of("tp-phone"), null).orElseThrow());
        assertFalse(map.touchpoint("tp-phone").criteria().containsKey("politeness"), "cleared means unscored");
        stack.undo();
        stack.undo();
        assertEquals(MedicalClinicMap.build(), map, "two edits, two undo steps");
    }

    @Test
    void aMetricIsSetOrRemovedWithoutTouchingTheOthers() {
        EditedValue<Double> nps = EditedValues.metric(Metric.NPS);
        stack.execute(nps.change(map, List.of("tp-ad"), 20.0).orElseThrow());
        assertEquals(Map.of(Metric.CONVERSION_PERCENT, 3.1, Metric.COST, 420.0, Metric.NPS, 20.0),
                map.touchpoint("tp-ad").metrics());
        stack.execute(nps.change(map, List.of("tp-ad", "tp-reviews"), null).orElseThrow());
        assertNull(map.touchpoint("tp-reviews").metrics().get(Metric.NPS));
        assertEquals(2, map.touchpoint("tp-ad").metrics().size());
    }

    @Test
    void pinningAnEmotionAndFollowingTheRatingAgain() {
        EditedValue<Integer> shown = EditedValues.shownEmotion();
        EditedValue<Boolean> follows = EditedValues.emotionFollowsRating();
        List<String> mailing = List.of("tp-mailing");
        assertEquals(List.of(-1), shown.read(map, mailing), "a negative card feels −1 unless told otherwise");
        assertEquals(List.of(true), follows.read(map, mailing));
        assertTrue(CommonValue.of(follows.read(map, List.of("tp-mailing", "tp-phone"))).mixed(),
                "the phone call has its own score");

        stack.execute(follows.change(map, mailing, false).orElseThrow());
        assertEquals(-1, map.touchpoint("tp-mailing").emotion(), "turning following off pins the score shown");
        stack.execute(shown.change(map, mailing, -2).orElseThrow());
        assertEquals(List.of(-2), shown.read(map, mailing));
        stack.execute(follows.change(map, mailing, true).orElseThrow());
        assertNull(map.touchpoint("tp-mailing").emotion());
        assertTrue(follows.change(map, mailing, true).isEmpty());
    }

    @Test
    void personaFieldsReplaceOnlyTheirOwnText() {
        EditedValue<String> goals = PersonaField.GOALS.edited();
        stack.execute(goals.change(map, List.of(), "Book online in two minutes").orElseThrow());
        assertEquals("Book online in two minutes", map.persona().goals());
        assertEquals("Anna, 34", map.persona().name());
        assertTrue(goals.change(map, List.of(), "Book online in two minutes").isEmpty());
    }

    @Test
    void cardsThatAreGoneAreSkipped() {
        EditedValue<String> name = EditedValues.touchpoint(TouchpointProperties.NAME);
        assertEquals(List.of("Booking by phone"), name.read(map, List.of("tp-gone", "tp-phone")));
        assertTrue(name.change(map, List.of("tp-gone"), "x").isEmpty());
    }
}
