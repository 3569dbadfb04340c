package org.touchmap.model;

/** How long the customer's attention stays at a touchpoint. */
public enum Attention {
    SHORT,
    LONG
}
