package org.touchmap.model;

import java.util.List;

import static org.touchmap.model.Criterion.*;

/** A family of channels that share a set of evaluation criteria. */
public enum ChannelType {
    SITE(FUNCTIONALITY, CONVENIENCE, MOBILE_VERSION, SPEED, DESIGN, USEFUL_INFORMATION, FEEDBACK_OPTIONS),
    PHONE(ANSWER_SPEED, WAITING_EXPERIENCE, POLITENESS, SALES_SCRIPT),
    SOCIAL(POSTING_FREQUENCY, USEFULNESS, ENGAGEMENT, COMMENT_REACTION),
    EMAIL(TEMPLATE_DESIGN, REPLY_SPEED, RELEVANCE),
    MESSENGER(REPLY_SPEED, POLITENESS, COMPETENCE, CONVENIENCE),
    OFFLINE_PLACE(WAITING_TIME, POLITENESS, COMPETENCE, AMBIENCE, CLEANLINESS),
    DELIVERY(PUNCTUALITY, CONDITION_ON_ARRIVAL, TRACKING, COURIER_MANNER),
    GENERIC(CLARITY, SPEED, FRIENDLINESS, CONSISTENCY);

    private final List<Criterion> criteria;

    ChannelType(Criterion... criteria) {
        this.criteria = List.of(criteria);
    }

    public List<Criterion> criteria() {
        return criteria;
    }
}
