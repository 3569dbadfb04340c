package org.touchmap.model;

import java.util.List;

/** The customer's reaction at a touchpoint. */
public enum Rating {
    /** Not evaluated yet. */
    UNRATED(0),
    /** Satisfaction, or the customer takes the next step. */
    POSITIVE(1),
    /** Information received, no visible reaction. */
    NEUTRAL(0),
    /** Irritation, refusal or complaint. */
    NEGATIVE(-1);

    /** The order in which ratings are listed to people: legends, summaries, menus — good news first. */
    public static final List<Rating> DISPLAY_ORDER = List.of(POSITIVE, NEUTRAL, NEGATIVE, UNRATED);

    private final int defaultEmotion;

    Rating(int defaultEmotion) {
        this.defaultEmotion = defaultEmotion;
    }

    /** Emotion score (−2..+2) a touchpoint with this rating has unless the person sets one. */
    public int defaultEmotion() {
        return defaultEmotion;
    }
}
