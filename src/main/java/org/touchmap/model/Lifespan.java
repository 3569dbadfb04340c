package org.touchmap.model;

/** Whether the customer meets a touchpoint once or again and again. */
public enum Lifespan {
    ONE_OFF,
    RECURRING
}
