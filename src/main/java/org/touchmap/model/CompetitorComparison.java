package org.touchmap.model;

/** How a touchpoint compares with the same touchpoint at a competitor. */
public enum CompetitorComparison {
    BETTER,
    SAME,
    WORSE,
    COMPETITOR_LACKS_IT,
    WE_LACK_IT
}
