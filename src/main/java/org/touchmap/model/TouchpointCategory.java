package org.touchmap.model;

/** What kind of thing the customer meets at a touchpoint. */
public enum TouchpointCategory {
    /** A channel or a place: a site, a phone line, an office. */
    CHANNEL_OR_PLACE,
    /** Material or content: a brochure, an article, packaging. */
    MATERIAL_OR_CONTENT,
    /** A situation: a complaint, a delay, a return. Troubles are touchpoints too. */
    SITUATION
}
