package org.touchmap.edit;

import java.util.Optional;

import org.touchmap.model.JourneyMap;

/**
 * A value of the map itself, such as its title or persona. Ready-made instances live in
 * {@link MapProperties}.
 *
 * @param <V> the type of the value
 */
public final class MapProperty<V> {
    private static final String MAP_ID = "map";

    private final PropertyAccess<JourneyMap, V> access;

    MapProperty(PropertyAccess<JourneyMap, V> access) {
        this.access = access;
    }

    public V get(JourneyMap map) {
        return access.getter().apply(map);
    }

    /** A command that sets the value on whatever map it runs on. */
    public Command change(V value) {
        return new ChangeProperty<>(access, MAP_ID, Optional::of, JourneyMap::title, value);
    }

    /** Key of the description of a change of this property; the text takes the map's title. */
    public String descriptionKey() {
        return access.descriptionKey();
    }

    @Override
    public String toString() {
        return "MapProperty[" + access.descriptionKey() + "]";
    }
}
