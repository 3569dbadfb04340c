package org.touchmap.model;

import java.util.Objects;

/** Portrait of the target customer the map is drawn for. All fields are free text. */
public record Persona(String name, String demographics, String psychographics, String behaviour,
                     String needs, String motivations, String goals, String frustrations) {
    public static final Persona EMPTY = new Persona("", "", "", "", "", "", "", "");

    public Persona {
        Objects.requireNonNull(name);
        Objects.requireNonNull(demographics);
        Objects.requireNonNull(psychographics);
        Objects.requireNonNull(behaviour);
        Objects.requireNonNull(needs);
        Objects.requireNonNull(motivations);
        Objects.requireNonNull(goals);
        Objects.requireNonNull(frustrations);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
