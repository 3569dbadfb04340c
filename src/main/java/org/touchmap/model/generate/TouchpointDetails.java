package org.touchmap.model.generate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.touchmap.model.Attention;
import org.touchmap.model.Channel;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Criterion;
import org.touchmap.model.Evidence;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;

/** Fills in a generated card as a workshop would: description, scores, metrics, notes. */
final class TouchpointDetails {
    private static final List<String> DESCRIPTIONS = List.of(
            "The customer finds what they came for and decides what to do next.",
            "The customer compares what they see here with what a competitor offered.",
            "The customer waits for an answer and checks whether anyone has read the request.",
            "The customer reads the terms carefully before going on.",
            "The customer meets the company's people for the first time.");
    private static final List<String> PAIN_POINTS = List.of(
            "Waits too long for an answer; the form loses what was typed.",
            "The price shown here differs from the one at checkout.",
            "Nobody says what happens after the request is sent.",
            "Too many steps before the customer gets anything useful.");
    private static final List<String> IDEAS = List.of(
            "Answer within one hour; keep the form's content after an error.",
            "Show the full price, delivery included, from the start.",
            "Send a short message with the next step and a name to contact.",
            "Cut the steps to three and remember what the customer chose before.");
    private static final int PAIN_POINT_PERCENT = 40;
    private static final int IDEA_PERCENT = 30;
    private static final int NOTE_PERCENT = 20;
    /** Share of cards with each described text field filled in, e.g. where their evidence is. */
    private static final int DESCRIBED_TEXT_PERCENT = 25;
    private static final int SURVEYS = 12;
    private static final int TEAMS = 6;
    private static final int WEEKS = 52;

    private final SplittableRandom random;

    TouchpointDetails(SplittableRandom random) {
        this.random = random;
    }

    void describe(Touchpoint tp, Channel channel) {
        tp.setDescription(pick(DESCRIPTIONS));
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Criterion criterion : channel.criteria()) {
            scores.put(criterion.id(), score(tp.rating()));
        }
        tp.setCriteria(scores);
        tp.setMetrics(metrics());
        tp.setAttention(pick(List.of(Attention.values())));
        tp.setLifespan(pick(List.of(Lifespan.values())));
        boolean troubled = tp.rating() == Rating.NEGATIVE || random.nextInt(100) < PAIN_POINT_PERCENT;
        tp.setPainPoints(troubled ? pick(PAIN_POINTS) : "");
        tp.setIdeas(troubled || random.nextInt(100) < IDEA_PERCENT ? pick(IDEAS) : "");
        tp.setOwner("Team " + (random.nextInt(TEAMS) + 1));
        tp.setEvidence(pick(List.of(Evidence.values())));
        tp.setCompetitor(pick(List.of(CompetitorComparison.values())));
        tp.setNotes(random.nextInt(100) < NOTE_PERCENT
                ? "Checked in the workshop of week " + (random.nextInt(WEEKS) + 1) + "." : "");
        for (TouchpointText field : TouchpointText.values()) {
            if (random.nextInt(100) < DESCRIBED_TEXT_PERCENT) {
                tp.setText(field, describedText(field));
            }
        }
    }

    /** A value of the kind the field holds: a link to a survey's results, or a line of text. */
    private String describedText(TouchpointText field) {
        int survey = random.nextInt(SURVEYS) + 1;
        return switch (field.kind()) {
            case LINK -> random.nextBoolean() ? "https://surveys.example.com/results/" + survey
                    : "research/interviews/interview-" + survey + ".pdf";
            case LINE -> "Survey " + survey + ", week " + (random.nextInt(WEEKS) + 1);
        };
    }

    /** Scores lean towards the rating: a negative card scores low, a positive one high. */
    private int score(Rating rating) {
        int centre = switch (rating) {
            case POSITIVE -> 4;
            case NEGATIVE -> 2;
            default -> 3;
        };
        int score = centre + random.nextInt(3) - 1;
        return Math.max(Criterion.MIN_SCORE, Math.min(Criterion.MAX_SCORE, score));
    }

    private Map<Metric, Double> metrics() {
        Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
        metrics.put(Metric.CONVERSION_PERCENT, (double) random.nextInt(101));
        metrics.put(Metric.NPS, (double) (random.nextInt(201) - 100));
        metrics.put(Metric.COST, random.nextInt(4000) / 10.0);
        return metrics;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
