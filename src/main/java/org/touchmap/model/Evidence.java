package org.touchmap.model;

/** How sure the team is that a touchpoint exists as drawn. */
public enum Evidence {
    /** Seen in data, research or in person. */
    OBSERVED,
    /** Believed, not checked. */
    ASSUMED,
    /** Does not exist yet; a proposal for the future state. */
    PROPOSED
}
