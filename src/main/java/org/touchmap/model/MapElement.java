package org.touchmap.model;

import java.util.Objects;

/** Something on a map with a stable id and a name: a stage, a lane, a touchpoint or a chain. */
public abstract class MapElement {
    private final String id;
    private String name;
    private UnknownFields unknownFields = UnknownFields.NONE;

    protected MapElement(String id, String name) {
        this.id = Ids.requireValid(id);
        this.name = Objects.requireNonNull(name, "name");
    }

    public final String id() {
        return id;
    }

    public final String name() {
        return name;
    }

    public final void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public final UnknownFields unknownFields() {
        return unknownFields;
    }

    public final void setUnknownFields(UnknownFields unknownFields) {
        this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
    }

    /** Whether the fields every element has are equal; subclasses add their own. */
    protected final boolean baseEquals(MapElement other) {
        return id.equals(other.id) && name.equals(other.name) && unknownFields.equals(other.unknownFields);
    }

    protected final void copyBaseTo(MapElement copy) {
        copy.unknownFields = unknownFields;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " \"" + name + "\"]";
    }
}
