package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;
import org.touchmap.model.TouchpointCategory;

/** The columns of the {@code Touchpoints} sheet, in their order: every attribute of a card. */
public final class TouchpointColumns {
    private static final String WHOLE = "0";
    private static final String ONE_DECIMAL = "0.0";
    private static final String GENERAL = "General";

    private static final ChoiceType<Rating> RATING_TYPE =
            ChoiceType.emptyMeans(Rating.UNRATED, "rating", Rating.class, "problem.rating");

    /** One column per described text field, made once so that each is the same object wherever it is asked for. */
    private static final Map<TouchpointText, TouchpointColumn<String>> TEXT_COLUMNS = textColumns();

    public static final TouchpointColumn<String> ID = column("id", TextType.required(), Touchpoint::id, null, 14, null);
    public static final TouchpointColumn<String> NAME =
            column("name", TextType.required(), Touchpoint::name, Touchpoint::setName, 24, null);
    public static final TouchpointColumn<String> DESCRIPTION = column("description", TextType.optional(),
            Touchpoint::description, Touchpoint::setDescription, 30, null);
    public static final TouchpointColumn<String> STAGE =
            column("stage", PlaceNameType.stage(), Touchpoint::stageId, Touchpoint::setStageId, 16, null);
    public static final TouchpointColumn<String> LANE =
            column("lane", PlaceNameType.cardLane(), Touchpoint::laneId, Touchpoint::setLaneId, 12, null);
    public static final TouchpointColumn<String> CHANNEL =
            column("channel", new ChannelColumnType(), Touchpoint::channelId, Touchpoint::setChannelId, 16, null);
    public static final TouchpointColumn<Presence> PRESENCE = column("presence",
            ChoiceType.required("presence", Presence.class), Touchpoint::presence, Touchpoint::setPresence, 10, null);
    public static final TouchpointColumn<TouchpointCategory> CATEGORY = column("category",
            ChoiceType.required("category", TouchpointCategory.class), Touchpoint::category, Touchpoint::setCategory,
            14, null);
    public static final TouchpointColumn<Rating> RATING =
            column("rating", RATING_TYPE, Touchpoint::rating, Touchpoint::setRating, 12, null);
    public static final TouchpointColumn<Integer> EMOTION = column("emotion",
            new WholeNumberType(Touchpoint.MIN_EMOTION, Touchpoint.MAX_EMOTION), Touchpoint::emotion,
            Touchpoint::setEmotion, 8, WHOLE);
    public static final TouchpointColumn<Boolean> KEY_POINT =
            column("keyPoint", new YesNoType(), Touchpoint::keyPoint, Touchpoint::setKeyPoint, 8, null);
    public static final TouchpointColumn<Control> CONTROL = column("control",
            ChoiceType.required("control", Control.class), Touchpoint::control, Touchpoint::setControl, 12, null);
    public static final TouchpointColumn<Attention> ATTENTION = column("attention",
            ChoiceType.optional("attention", Attention.class), Touchpoint::attention, Touchpoint::setAttention, 10, null);
    public static final TouchpointColumn<Lifespan> LIFESPAN = column("lifespan",
            ChoiceType.optional("lifespan", Lifespan.class), Touchpoint::lifespan, Touchpoint::setLifespan, 10, null);
    public static final TouchpointColumn<Double> CRITERIA_AVERAGE = column("criteriaAverage",
            new ComputedNumberType(), TouchpointColumns::criteriaAverage, null, 9, ONE_DECIMAL);
    public static final TouchpointColumn<String> PAIN_POINTS = column("painPoints", TextType.optional(),
            Touchpoint::painPoints, Touchpoint::setPainPoints, 26, null);
    public static final TouchpointColumn<String> IDEAS =
            column("ideas", TextType.optional(), Touchpoint::ideas, Touchpoint::setIdeas, 26, null);
    public static final TouchpointColumn<String> OWNER =
            column("owner", TextType.optional(), Touchpoint::owner, Touchpoint::setOwner, 14, null);
    public static final TouchpointColumn<Evidence> EVIDENCE = column("evidence",
            ChoiceType.optional("evidence", Evidence.class), Touchpoint::evidence, Touchpoint::setEvidence, 12, null);
    public static final TouchpointColumn<String> NOTES =
            column("notes", TextType.optional(), Touchpoint::notes, Touchpoint::setNotes, 26, null);
    public static final TouchpointColumn<CompetitorComparison> COMPETITOR = column("competitor",
            ChoiceType.optional("competitor", CompetitorComparison.class), Touchpoint::competitor,
            Touchpoint::setCompetitor, 16, null);

    private static final List<TouchpointColumn<?>> ALL = collect();

    private TouchpointColumns() {
    }

    /** Every column in the sheet's order; the id comes first and never moves. */
    public static List<TouchpointColumn<?>> all() {
        return ALL;
    }

    /** The metric columns, one per {@link Metric}, in the enumeration's order. */
    public static List<TouchpointColumn<?>> metrics() {
        return ALL.stream().filter(c -> c.key().startsWith("metric.")).toList();
    }

    /** A rating's word in the workbook, e.g. for a legend; "not rated" for {@link Rating#UNRATED}. */
    public static String ratingWord(Rating rating, Locale locale) {
        return RATING_TYPE.word(rating, locale);
    }

    /** "yes" or "no" in the workbook's language. */
    public static String yesNoWord(boolean value, Locale locale) {
        return YesNoType.word(value, locale);
    }

    private static List<TouchpointColumn<?>> collect() {
        List<TouchpointColumn<?>> columns = new ArrayList<>(List.of(ID, NAME, DESCRIPTION, STAGE, LANE, CHANNEL,
                PRESENCE, CATEGORY, RATING, EMOTION, KEY_POINT, CONTROL, ATTENTION, LIFESPAN, CRITERIA_AVERAGE));
        for (Metric metric : Metric.values()) {
            columns.add(metricColumn(metric));
        }
        columns.addAll(List.of(PAIN_POINTS, IDEAS, OWNER, EVIDENCE, NOTES, COMPETITOR));
        for (TouchpointText field : TouchpointText.values()) {
            columns.add(text(field));
        }
        return Collections.unmodifiableList(columns);
    }

    private static TouchpointColumn<Double> metricColumn(Metric metric) {
        return column("metric." + MetricKeys.of(metric), new DecimalType(metric), tp -> tp.metrics().get(metric),
                (tp, value) -> tp.setMetrics(withMetric(tp.metrics(), metric, value)), 9, GENERAL);
    }

    private static Map<Metric, Double> withMetric(Map<Metric, Double> metrics, Metric metric, Double value) {
        Map<Metric, Double> changed = new EnumMap<>(Metric.class);
        changed.putAll(metrics);
        if (value == null) {
            changed.remove(metric);
        } else {
            changed.put(metric, value);
        }
        return changed;
    }

    private static Double criteriaAverage(Touchpoint touchpoint) {
        double average = touchpoint.criteriaAverage();
        return Double.isNaN(average) ? null : average;
    }

    /** The column of a described text field: its header is {@code header.KEY} in the column bundles. */
    public static TouchpointColumn<String> text(TouchpointText field) {
        return TEXT_COLUMNS.get(field);
    }

    private static Map<TouchpointText, TouchpointColumn<String>> textColumns() {
        Map<TouchpointText, TouchpointColumn<String>> columns = new java.util.EnumMap<>(TouchpointText.class);
        for (TouchpointText field : TouchpointText.values()) {
            columns.put(field, column(field.key(), TextType.optional(), card -> card.text(field),
                    (card, value) -> card.setText(field, value), 26, null));
        }
        return Collections.unmodifiableMap(columns);
    }

    private static <V> TouchpointColumn<V> column(String key, ColumnType<V> type, Function<Touchpoint, V> getter,
                                                  BiConsumer<Touchpoint, V> setter, int width, String numberFormat) {
        return new TouchpointColumn<>(key, type, getter, setter, width, numberFormat);
    }
}
