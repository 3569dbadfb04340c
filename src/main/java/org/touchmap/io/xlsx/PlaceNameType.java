package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;
import org.touchmap.model.Touchpoint;

/**
 * The stage or lane a card sits in, written as its name and read back by name (or by id). A name
 * that two stages share is read as the card's own stage when it has that name, and is otherwise
 * a problem rather than a guess.
 */
final class PlaceNameType implements ColumnType<String> {
    private final Function<JourneyMap, List<? extends MapElement>> places;
    private final Function<Touchpoint, String> currentPlace;
    private final ListSource source;
    private final String unknownKey;
    private final String ambiguousKey;
    private final boolean newCardsMayOmit;

    private PlaceNameType(Function<JourneyMap, List<? extends MapElement>> places,
                          Function<Touchpoint, String> currentPlace, ListSource source,
                          String unknownKey, String ambiguousKey, boolean newCardsMayOmit) {
        this.places = places;
        this.currentPlace = currentPlace;
        this.source = source;
        this.unknownKey = unknownKey;
        this.ambiguousKey = ambiguousKey;
        this.newCardsMayOmit = newCardsMayOmit;
    }

    /** A card's stage: always named, because the stage is what a card is about. */
    static PlaceNameType stage() {
        return new PlaceNameType(JourneyMap::stages, Touchpoint::stageId, ListSource.STAGES,
                "problem.unknownStage", "problem.ambiguousStage", false);
    }

    /** A note's lane: any lane by name; whether it holds notes is the note's reading to say. */
    static PlaceNameType lane() {
        return new PlaceNameType(JourneyMap::lanes, Touchpoint::laneId, ListSource.LANES,
                "problem.unknownLane", "problem.ambiguousLane", true);
    }

    /**
     * A card's lane: one of the lanes that take cards, so no card is read into a lane of notes; a new
     * card without one goes into the first of them, as many maps have only one.
     */
    static PlaceNameType cardLane() {
        return new PlaceNameType(map -> map.lanes().stream().filter(lane -> lane.kind().holdsCards()).toList(),
                Touchpoint::laneId, ListSource.LANES, "problem.unknownLane", "problem.ambiguousLane", true);
    }

    @Override
    public CellValue cell(String id, Locale locale, JourneyMap map) {
        return CellValue.text(places.apply(map).stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> CellText.fit(p.name())).orElse(id));
    }

    @Override
    public CellReading<String> read(SheetCell cell, ReadContext context) {
        String name = cell.text().strip();
        List<? extends MapElement> all = places.apply(context.map());
        if (context.original() != null) {
            String current = currentPlace.apply(context.original());
            if (all.stream().anyMatch(p -> p.id().equals(current) && CellText.fit(p.name()).strip().equals(name))) {
                return CellReading.of(current);
            }
        }
        List<? extends MapElement> named = all.stream().filter(p -> CellText.fit(p.name()).strip().equals(name)).toList();
        if (named.isEmpty()) {
            named = all.stream().filter(p -> p.name().strip().equalsIgnoreCase(name)).toList();
        }
        if (named.size() == 1) {
            return CellReading.of(named.get(0).id());
        }
        if (named.size() > 1) {
            return CellReading.problem(ambiguousKey, name);
        }
        Optional<? extends MapElement> byId = all.stream().filter(p -> p.id().equals(name)).findFirst();
        return byId.<CellReading<String>>map(p -> CellReading.of(p.id())).orElseGet(() -> CellReading.problem(unknownKey, name));
    }

    @Override
    public CellReading<String> readBlank(ReadContext context) {
        List<? extends MapElement> all = places.apply(context.map());
        if (newCardsMayOmit && context.original() == null && !all.isEmpty()) {
            return CellReading.of(all.get(0).id());
        }
        return CellReading.problem("problem.required");
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.Names(source, true);
    }
}
