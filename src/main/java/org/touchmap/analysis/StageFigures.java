package org.touchmap.analysis;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.touchmap.model.Bundles;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Touchpoint;

/**
 * A stage's numbers as a metrics lane shows them: its touchpoints and how many are negative, its
 * visitors and the conversion to the next stage, and the averages of its touchpoints' NPS, CSAT
 * and CES where any card has them. Only what the map says is shown; nothing is guessed.
 *
 * @param stageId     the stage
 * @param touchpoints its cards
 * @param negative    its cards rated negative
 * @param visitors    its visitors, or {@code null} when not counted
 * @param conversion  the share of its visitors who reach the next stage, 0 to 1
 * @param nps         the average NPS of its cards that have one
 * @param csat        the average CSAT
 * @param ces         the average CES
 */
public record StageFigures(String stageId, int touchpoints, int negative, Long visitors, OptionalDouble conversion,
                           OptionalDouble nps, OptionalDouble csat, OptionalDouble ces) {
    private static final String GLOSSARY = "org.touchmap.model.glossary";

    /** Every stage's figures, by stage id. */
    public static Map<String, StageFigures> of(JourneyMap map) {
        Map<String, StageFigures> figures = new LinkedHashMap<>();
        for (StageSummary summary : StageSummaries.of(map)) {
            List<Touchpoint> cards = map.touchpointsInStage(summary.stageId());
            figures.put(summary.stageId(), new StageFigures(summary.stageId(), summary.total(), summary.negative(),
                    summary.visitors(), summary.conversionToNext(), average(cards, Metric.NPS),
                    average(cards, Metric.CSAT), average(cards, Metric.CES)));
        }
        return figures;
    }

    private static OptionalDouble average(List<Touchpoint> cards, Metric metric) {
        return cards.stream().filter(card -> card.metrics().containsKey(metric))
                .mapToDouble(card -> card.metrics().get(metric)).average();
    }

    /** The most lines {@link #lines} gives: a metrics lane makes room for that many. */
    public static final int MAX_LINES = 6;

    /** The figures as lines of text in {@code locale}, each a word and its number. */
    public List<String> lines(Locale locale) {
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        List<String> lines = new ArrayList<>();
        lines.add(Bundles.text(GLOSSARY, locale, "figures.touchpoints", touchpoints, negative));
        if (visitors != null) {
            lines.add(Bundles.text(GLOSSARY, locale, "figures.visitors", whole.format(visitors)));
        }
        conversion.ifPresent(value -> lines.add(Bundles.text(GLOSSARY, locale, "figures.conversion",
                percent.format(value))));
        nps.ifPresent(value -> lines.add(Bundles.text(GLOSSARY, locale, "figures.nps", decimal.format(value))));
        csat.ifPresent(value -> lines.add(Bundles.text(GLOSSARY, locale, "figures.csat", decimal.format(value))));
        ces.ifPresent(value -> lines.add(Bundles.text(GLOSSARY, locale, "figures.ces", decimal.format(value))));
        return lines;
    }
}
