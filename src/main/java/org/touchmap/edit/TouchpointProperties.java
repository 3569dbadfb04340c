package org.touchmap.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * The values of a card the property panel edits, each one undoable:
 * {@code stack.execute(TouchpointProperties.RATING.change(id, Rating.NEGATIVE))}.
 * Position, stage and lane change through {@link MoveTouchpoints} instead, so that a drag is one step.
 */
public final class TouchpointProperties {
    /** Renaming may also guess the channel from the new name, see {@link ChannelFromName}. */
    public static final ElementProperty<Touchpoint, String> NAME = new ElementProperty<>(ElementKind.TOUCHPOINT,
            PropertyAccess.of("touchpoint.rename", Touchpoint::name, Touchpoint::setName)
                    .followedBy(new ChannelFromName()));
    public static final ElementProperty<Touchpoint, String> DESCRIPTION =
            property("touchpoint.change.description", Touchpoint::description, Touchpoint::setDescription);
    /** Catalog id of the channel or a custom channel name; presence, category and control stay as they are. */
    public static final ElementProperty<Touchpoint, String> CHANNEL =
            property("touchpoint.change.channel", Touchpoint::channelId, Touchpoint::setChannelId);
    /** Where the lanes decide online/offline (see {@link org.touchmap.model.LanePresence}), the lane's stays. */
    public static final ElementProperty<Touchpoint, Presence> PRESENCE = new ElementProperty<>(ElementKind.TOUCHPOINT,
            PropertyAccess.of("touchpoint.change.presence", Touchpoint::presence, Touchpoint::setPresence)
                    .followedBy(PresenceFollowsLanes.afterChange()));
    public static final ElementProperty<Touchpoint, TouchpointCategory> CATEGORY =
            property("touchpoint.change.category", Touchpoint::category, Touchpoint::setCategory);
    public static final ElementProperty<Touchpoint, Rating> RATING =
            property("touchpoint.change.rating", Touchpoint::rating, Touchpoint::setRating);
    /** The person's own emotion score −2..+2, or {@code null} to follow the rating. */
    public static final ElementProperty<Touchpoint, Integer> EMOTION =
            property("touchpoint.change.emotion", Touchpoint::emotion, Touchpoint::setEmotion);
    public static final ElementProperty<Touchpoint, Boolean> KEY_POINT =
            property("touchpoint.change.keyPoint", Touchpoint::keyPoint, Touchpoint::setKeyPoint);
    public static final ElementProperty<Touchpoint, Control> CONTROL =
            property("touchpoint.change.control", Touchpoint::control, Touchpoint::setControl);
    public static final ElementProperty<Touchpoint, Attention> ATTENTION =
            property("touchpoint.change.attention", Touchpoint::attention, Touchpoint::setAttention);
    public static final ElementProperty<Touchpoint, Lifespan> LIFESPAN =
            property("touchpoint.change.lifespan", Touchpoint::lifespan, Touchpoint::setLifespan);
    /** Criterion id to score 1..5; the order of the entries is kept. */
    public static final ElementProperty<Touchpoint, Map<String, Integer>> CRITERIA = new ElementProperty<>(
            ElementKind.TOUCHPOINT,
            PropertyAccess.of("touchpoint.change.criteria", Touchpoint::criteria, Touchpoint::setCriteria)
                    .freezing(scores -> Collections.unmodifiableMap(new LinkedHashMap<>(scores))));
    public static final ElementProperty<Touchpoint, Map<Metric, Double>> METRICS = new ElementProperty<>(
            ElementKind.TOUCHPOINT,
            PropertyAccess.of("touchpoint.change.metrics", Touchpoint::metrics, Touchpoint::setMetrics)
                    .freezing(TouchpointProperties::copyOfMetrics));
    public static final ElementProperty<Touchpoint, String> PAIN_POINTS =
            property("touchpoint.change.painPoints", Touchpoint::painPoints, Touchpoint::setPainPoints);
    public static final ElementProperty<Touchpoint, String> IDEAS =
            property("touchpoint.change.ideas", Touchpoint::ideas, Touchpoint::setIdeas);
    public static final ElementProperty<Touchpoint, String> OWNER =
            property("touchpoint.change.owner", Touchpoint::owner, Touchpoint::setOwner);
    public static final ElementProperty<Touchpoint, Evidence> EVIDENCE =
            property("touchpoint.change.evidence", Touchpoint::evidence, Touchpoint::setEvidence);
    public static final ElementProperty<Touchpoint, String> NOTES =
            property("touchpoint.change.notes", Touchpoint::notes, Touchpoint::setNotes);
    public static final ElementProperty<Touchpoint, CompetitorComparison> COMPETITOR =
            property("touchpoint.change.competitor", Touchpoint::competitor, Touchpoint::setCompetitor);

    /** One property per {@link TouchpointText} field; its undo text is {@code touchpoint.change.KEY}. */
    private static final Map<TouchpointText, ElementProperty<Touchpoint, String>> TEXTS = texts();

    private TouchpointProperties() {
    }

    /** The property of a described text field. */
    public static ElementProperty<Touchpoint, String> text(TouchpointText field) {
        return TEXTS.get(field);
    }

    private static Map<TouchpointText, ElementProperty<Touchpoint, String>> texts() {
        Map<TouchpointText, ElementProperty<Touchpoint, String>> texts = new EnumMap<>(TouchpointText.class);
        for (TouchpointText field : TouchpointText.values()) {
            texts.put(field, property("touchpoint.change." + field.key(), card -> card.text(field),
                    (card, value) -> card.setText(field, value)));
        }
        return Collections.unmodifiableMap(texts);
    }

    /** Every property above, in the order the property panel shows them. */
    public static List<ElementProperty<Touchpoint, ?>> all() {
        List<ElementProperty<Touchpoint, ?>> all = new ArrayList<>(List.of(NAME, DESCRIPTION, CHANNEL, PRESENCE,
                CATEGORY, RATING, EMOTION, KEY_POINT, CONTROL, ATTENTION, LIFESPAN, CRITERIA, METRICS, PAIN_POINTS,
                IDEAS, OWNER, EVIDENCE, NOTES, COMPETITOR));
        all.addAll(TEXTS.values());
        return List.copyOf(all);
    }

    private static <V> ElementProperty<Touchpoint, V> property(String key, Function<Touchpoint, V> getter,
                                                               BiConsumer<Touchpoint, V> setter) {
        return new ElementProperty<>(ElementKind.TOUCHPOINT, PropertyAccess.of(key, getter, setter));
    }

    private static Map<Metric, Double> copyOfMetrics(Map<Metric, Double> metrics) {
        return metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(metrics));
    }
}
