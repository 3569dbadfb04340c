package org.touchmap.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A card on the map: one place where the customer meets the business.
 * Its position ({@link #x()}, {@link #y()}) is the card's top-left corner relative to the
 * cell of its stage and lane, so reordering or resizing columns keeps cards in their cells.
 */
public final class Touchpoint extends MapElement {
    /** Lowest emotion score. */
    public static final int MIN_EMOTION = -2;
    /** Highest emotion score. */
    public static final int MAX_EMOTION = 2;

    private String description = "";
    private String stageId;
    private String laneId;
    private double x;
    private double y;
    private String channelId = ChannelCatalog.OTHER;
    private Presence presence = Presence.ONLINE;
    private TouchpointCategory category = TouchpointCategory.CHANNEL_OR_PLACE;
    private Rating rating = Rating.UNRATED;
    private Integer emotion;
    private boolean keyPoint;
    private Control control = Control.CONTROLLED;
    private Attention attention;
    private Lifespan lifespan;
    private Map<String, Integer> criteria = Map.of();
    private Map<Metric, Double> metrics = Map.of();
    private String painPoints = "";
    private String ideas = "";
    private String owner = "";
    private Evidence evidence;
    private String notes = "";
    private CompetitorComparison competitor;

    /** The fields of {@link TouchpointText}, only those that are not empty. */
    private Map<TouchpointText, String> texts = new EnumMap<>(TouchpointText.class);

    public Touchpoint(String id, String name, String stageId, String laneId) {
        super(id, name);
        this.stageId = Ids.requireValid(stageId);
        this.laneId = Ids.requireValid(laneId);
    }

    /** Sets channel, presence, category and control from a catalog entry, as a new card of that channel gets. */
    public void applyChannelDefaults(Channel channel) {
        channelId = channel.id();
        presence = channel.defaultPresence();
        category = channel.defaultCategory();
        control = channel.defaultControl();
    }

    public String description() { return description; }

    public void setDescription(String description) { this.description = Objects.requireNonNull(description); }

    public String stageId() { return stageId; }

    public void setStageId(String stageId) { this.stageId = Ids.requireValid(stageId); }

    public String laneId() { return laneId; }

    public void setLaneId(String laneId) { this.laneId = Ids.requireValid(laneId); }

    public double x() { return x; }

    public void setX(double x) { this.x = requireFinite(x); }

    public double y() { return y; }

    public void setY(double y) { this.y = requireFinite(y); }

    /** Catalog id of the channel, or a custom channel name. */
    public String channelId() { return channelId; }

    public void setChannelId(String channelId) { this.channelId = Objects.requireNonNull(channelId); }

    /** The catalog entry for the channel ({@code other} for a custom one). */
    public Channel channel() { return ChannelCatalog.resolve(channelId); }

    public Presence presence() { return presence; }

    public void setPresence(Presence presence) { this.presence = Objects.requireNonNull(presence); }

    public TouchpointCategory category() { return category; }

    public void setCategory(TouchpointCategory category) { this.category = Objects.requireNonNull(category); }

    public Rating rating() { return rating; }

    public void setRating(Rating rating) { this.rating = Objects.requireNonNull(rating); }

    /** Emotion score set by the person, or {@code null} to follow the rating. */
    public Integer emotion() { return emotion; }

    public void setEmotion(Integer emotion) {
        if (emotion != null && (emotion < MIN_EMOTION || emotion > MAX_EMOTION)) {
            throw new IllegalArgumentException("Emotion must be between -2 and 2: " + emotion);
        }
        this.emotion = emotion;
    }

    /** The emotion score to draw: the person's own, or the rating's default. */
    public int effectiveEmotion() { return emotion != null ? emotion : rating.defaultEmotion(); }

    /** A capture or conversion point: where the customer is won or lost. */
    public boolean keyPoint() { return keyPoint; }

    public void setKeyPoint(boolean keyPoint) { this.keyPoint = keyPoint; }

    public Control control() { return control; }

    public void setControl(Control control) { this.control = Objects.requireNonNull(control); }

    public Attention attention() { return attention; }

    public void setAttention(Attention attention) { this.attention = attention; }

    public Lifespan lifespan() { return lifespan; }

    public void setLifespan(Lifespan lifespan) { this.lifespan = lifespan; }

    /** Criterion id to score 1..5, in the order they were set. Unmodifiable. */
    public Map<String, Integer> criteria() { return criteria; }

    public void setCriteria(Map<String, Integer> criteria) {
        criteria.forEach((id, score) -> {
            if (score == null || !Criterion.isValidScore(score)) {
                throw new IllegalArgumentException("Score of " + id + " must be 1..5: " + score);
            }
        });
        this.criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    /** Average of the criteria scores, or {@code NaN} when none is scored. */
    public double criteriaAverage() {
        return criteria.values().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }

    /** Measured numbers. Unmodifiable. */
    public Map<Metric, Double> metrics() { return metrics; }

    public void setMetrics(Map<Metric, Double> metrics) {
        metrics.forEach((metric, value) -> {
            if (value == null || !metric.accepts(value)) {
                throw new IllegalArgumentException(metric + " out of range: " + value);
            }
        });
        this.metrics = metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(metrics));
    }

    public String painPoints() { return painPoints; }

    public void setPainPoints(String painPoints) { this.painPoints = Objects.requireNonNull(painPoints); }

    public String ideas() { return ideas; }

    public void setIdeas(String ideas) { this.ideas = Objects.requireNonNull(ideas); }

    public String owner() { return owner; }

    public void setOwner(String owner) { this.owner = Objects.requireNonNull(owner); }

    public Evidence evidence() { return evidence; }

    public void setEvidence(Evidence evidence) { this.evidence = evidence; }

    public String notes() { return notes; }

    public void setNotes(String notes) { this.notes = Objects.requireNonNull(notes); }

    public CompetitorComparison competitor() { return competitor; }

    public void setCompetitor(CompetitorComparison competitor) { this.competitor = competitor; }

    private static double requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Position must be a finite number: " + value);
        }
        return value;
    }

    /** The text of a described field; empty when it has none. */
    public String text(TouchpointText field) {
        return texts.getOrDefault(field, "");
    }

    public void setText(TouchpointText field, String value) {
        if (value == null || value.isEmpty()) {
            texts.remove(field);
        } else {
            texts.put(field, value);
        }
    }

    /** A deep copy with the same id. */
    public Touchpoint copy() {
        return copyAs(id());
    }

    /** A deep copy under another id, e.g. for paste or duplicate. */
    public Touchpoint copyAs(String newId) {
        Touchpoint c = new Touchpoint(newId, name(), stageId, laneId);
        copyBaseTo(c);
        c.description = description;
        c.x = x;
        c.y = y;
        c.channelId = channelId;
        c.presence = presence;
        c.category = category;
        c.rating = rating;
        c.emotion = emotion;
        c.keyPoint = keyPoint;
        c.control = control;
        c.attention = attention;
        c.lifespan = lifespan;
        c.criteria = criteria;
        c.metrics = metrics;
        c.painPoints = painPoints;
        c.ideas = ideas;
        c.owner = owner;
        c.evidence = evidence;
        c.notes = notes;
        c.competitor = competitor;
        c.texts = new EnumMap<>(TouchpointText.class);
        c.texts.putAll(texts);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Touchpoint t && baseEquals(t)
                && description.equals(t.description) && stageId.equals(t.stageId) && laneId.equals(t.laneId)
                && Double.compare(x, t.x) == 0 && Double.compare(y, t.y) == 0
                && channelId.equals(t.channelId) && presence == t.presence && category == t.category
                && rating == t.rating && Objects.equals(emotion, t.emotion) && keyPoint == t.keyPoint
                && control == t.control && attention == t.attention && lifespan == t.lifespan
                && criteria.equals(t.criteria) && metrics.equals(t.metrics)
                && painPoints.equals(t.painPoints) && ideas.equals(t.ideas) && owner.equals(t.owner)
                && evidence == t.evidence && notes.equals(t.notes) && competitor == t.competitor
                && texts.equals(t.texts);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
