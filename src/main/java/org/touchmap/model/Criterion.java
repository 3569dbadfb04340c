package org.touchmap.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A quality a touchpoint is scored on, 1 (poor) to 5 (excellent). Which criteria apply
 * depends on the channel's {@link ChannelType}.
 */
public enum Criterion {
    FUNCTIONALITY("functionality"),
    CONVENIENCE("convenience"),
    MOBILE_VERSION("mobile-version"),
    SPEED("speed"),
    DESIGN("design"),
    USEFUL_INFORMATION("useful-information"),
    FEEDBACK_OPTIONS("feedback-options"),
    ANSWER_SPEED("answer-speed"),
    WAITING_EXPERIENCE("waiting-experience"),
    POLITENESS("politeness"),
    SALES_SCRIPT("sales-script"),
    POSTING_FREQUENCY("posting-frequency"),
    USEFULNESS("usefulness"),
    ENGAGEMENT("engagement"),
    COMMENT_REACTION("comment-reaction"),
    TEMPLATE_DESIGN("template-design"),
    REPLY_SPEED("reply-speed"),
    RELEVANCE("relevance"),
    COMPETENCE("competence"),
    AMBIENCE("ambience"),
    WAITING_TIME("waiting-time"),
    CLEANLINESS("cleanliness"),
    PUNCTUALITY("punctuality"),
    CONDITION_ON_ARRIVAL("condition-on-arrival"),
    TRACKING("tracking"),
    COURIER_MANNER("courier-manner"),
    CLARITY("clarity"),
    FRIENDLINESS("friendliness"),
    CONSISTENCY("consistency");

    /** Lowest score a criterion can have. */
    public static final int MIN_SCORE = 1;
    /** Highest score a criterion can have. */
    public static final int MAX_SCORE = 5;

    private final String id;

    Criterion(String id) {
        this.id = id;
    }

    /** Stable id used in files. */
    public String id() {
        return id;
    }

    public String displayName(Locale locale) {
        return CatalogText.get(locale, "criterion." + id);
    }

    /** A short hint of what a good score means. */
    public String hint(Locale locale) {
        return CatalogText.get(locale, "criterion." + id + ".hint");
    }

    public static Optional<Criterion> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static boolean isValidScore(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE;
    }
}
