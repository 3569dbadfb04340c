package org.touchmap.model;

/** Whether a touchpoint happens online or offline. */
public enum Presence {
    ONLINE,
    OFFLINE
}
