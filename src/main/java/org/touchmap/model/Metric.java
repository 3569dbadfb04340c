package org.touchmap.model;

/** Optional numbers measured at a touchpoint, each with the range a valid value lies in. */
public enum Metric {
    CONVERSION_PERCENT(0, 100),
    BOUNCE_PERCENT(0, 100),
    NPS(-100, 100),
    CSAT(0, 100),
    CES(1, 7),
    TIME_TO_TARGET_SECONDS(0, Double.MAX_VALUE),
    COST(0, Double.MAX_VALUE),
    ROI_PERCENT(-100, Double.MAX_VALUE);

    private final double min;
    private final double max;

    Metric(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }
}
