package org.touchmap.analysis;

import org.touchmap.model.Metric;
import org.touchmap.model.Touchpoint;

/**
 * Why a weak link ranks where it does: key points come first, then conversion points, then the rest
 * (see {@link WeakLinks}).
 */
public enum WeakLinkReason {
    /** Marked as a key point (capture or conversion point) by the person. */
    KEY_POINT,
    /** Not marked, but where customers convert: it carries a conversion metric or is a payment / checkout. */
    CONVERSION_POINT,
    /** Neither. */
    OTHER;

    /** The catalog channel of payment and checkout, where a customer converts whatever the metrics say. */
    static final String PAYMENT_CHANNEL = "payment";

    /** The reason for this touchpoint; a key point that is also a conversion point is a {@link #KEY_POINT}. */
    public static WeakLinkReason of(Touchpoint touchpoint) {
        if (touchpoint.keyPoint()) {
            return KEY_POINT;
        }
        return isConversionPoint(touchpoint) ? CONVERSION_POINT : OTHER;
    }

    /** Whether the touchpoint carries a conversion metric or is a payment / checkout. */
    public static boolean isConversionPoint(Touchpoint touchpoint) {
        return touchpoint.metrics().containsKey(Metric.CONVERSION_PERCENT)
                || PAYMENT_CHANNEL.equals(touchpoint.channelId());
    }
}
