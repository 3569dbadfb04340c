package org.touchmap.edit;

import java.util.Optional;
import java.util.function.BiFunction;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;
import org.touchmap.model.MapElement;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** One kind of map element: how to find it by id, and what changing several of them is called. */
final class ElementKind<E extends MapElement> {
    static final ElementKind<Touchpoint> TOUCHPOINT = new ElementKind<>(JourneyMap::findTouchpoint, "touchpoints.change");
    static final ElementKind<Stage> STAGE = new ElementKind<>(JourneyMap::findStage, "stages.change");
    static final ElementKind<Lane> LANE = new ElementKind<>(JourneyMap::findLane, "lanes.change");
    static final ElementKind<Chain> CHAIN = new ElementKind<>(JourneyMap::findChain, "chains.change");
    static final ElementKind<Note> NOTE = new ElementKind<>(JourneyMap::findNote, "notes.change");

    private final BiFunction<JourneyMap, String, Optional<E>> finder;
    private final String changeManyKey;

    private ElementKind(BiFunction<JourneyMap, String, Optional<E>> finder, String changeManyKey) {
        this.finder = finder;
        this.changeManyKey = changeManyKey;
    }

    Optional<E> find(JourneyMap map, String id) {
        return finder.apply(map, id);
    }

    /** Description key for one change applied to several elements of this kind; takes their count. */
    String changeManyKey() {
        return changeManyKey;
    }
}
