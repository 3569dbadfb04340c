package org.touchmap.model;

/** One arrow of a chain: the customer goes from one touchpoint to the next. */
public record ChainLink(String from, String to) {
    public ChainLink {
        Ids.requireValid(from);
        Ids.requireValid(to);
    }

    public boolean touches(String touchpointId) {
        return from.equals(touchpointId) || to.equals(touchpointId);
    }
}
