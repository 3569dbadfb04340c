package org.touchmap.analysis;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a touchpoint looked like in one of the two compared maps, copied out so that later edits
 * of either map do not change a comparison already made.
 */
public record CardState(String id, String name, String stageId, String stageName, Rating rating,
                        Map<TouchpointText, String> texts) {

    public CardState {
        texts = Map.copyOf(texts);
    }

    /** A card without described texts. */
    public CardState(String id, String name, String stageId, String stageName, Rating rating) {
        this(id, name, stageId, stageName, rating, Map.of());
    }

    static CardState of(JourneyMap map, Touchpoint touchpoint) {
        String stageName = map.findStage(touchpoint.stageId()).map(s -> s.name()).orElse(touchpoint.stageId());
        Map<TouchpointText, String> texts = new EnumMap<>(TouchpointText.class);
        for (TouchpointText field : TouchpointText.values()) {
            if (!touchpoint.text(field).isEmpty()) {
                texts.put(field, touchpoint.text(field));
            }
        }
        return new CardState(touchpoint.id(), touchpoint.name(), touchpoint.stageId(), stageName, touchpoint.rating(),
                texts);
    }

    /** The described fields whose text differs in {@code other}, in the order they are described. */
    public List<TouchpointText> textsChangedIn(CardState other) {
        return Stream.of(TouchpointText.values())
                .filter(field -> !Objects.equals(texts.get(field), other.texts.get(field))).toList();
    }
}
