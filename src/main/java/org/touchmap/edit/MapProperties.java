package org.touchmap.edit;

import java.util.List;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Persona;

/** The values of the map itself the property panel edits, each one undoable. */
public final class MapProperties {
    public static final MapProperty<String> TITLE = new MapProperty<>(
            PropertyAccess.of("map.change.title", JourneyMap::title, JourneyMap::setTitle));
    public static final MapProperty<String> DESCRIPTION = new MapProperty<>(
            PropertyAccess.of("map.change.description", JourneyMap::description, JourneyMap::setDescription));
    public static final MapProperty<String> INDUSTRY = new MapProperty<>(
            PropertyAccess.of("map.change.industry", JourneyMap::industry, JourneyMap::setIndustry));
    public static final MapProperty<Persona> PERSONA = new MapProperty<>(
            PropertyAccess.of("map.change.persona", JourneyMap::persona, JourneyMap::setPersona));
    public static final MapProperty<String> COMPETITOR_NOTES = new MapProperty<>(
            PropertyAccess.of("map.change.competitorNotes", JourneyMap::competitorNotes,
                    JourneyMap::setCompetitorNotes));

    private MapProperties() {
    }

    public static List<MapProperty<?>> all() {
        return List.of(TITLE, DESCRIPTION, INDUSTRY, PERSONA, COMPETITOR_NOTES);
    }
}
