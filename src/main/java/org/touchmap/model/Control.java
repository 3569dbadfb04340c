package org.touchmap.model;

/** Who runs a touchpoint. */
public enum Control {
    /** Direct: the company runs it (its site, its staff). */
    CONTROLLED,
    /** Indirect: reviews, word of mouth, third-party sites. */
    UNCONTROLLED
}
