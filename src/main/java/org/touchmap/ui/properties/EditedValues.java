package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.ElementProperty;
import org.touchmap.edit.MapProperty;
import org.touchmap.edit.MapProperties;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Chain;
import org.touchmap.model.Criterion;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MapElement;
import org.touchmap.model.Metric;
import org.touchmap.model.Persona;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** The fields the panel edits, built on the edit package's properties. */
final class EditedValues {
    /** The description of one edit made to several cards, which takes their count. */
    static final String CHANGE_CARDS_KEY = "touchpoints.change";

    private EditedValues() {
    }

    static <V> EditedValue<V> touchpoint(ElementProperty<Touchpoint, V> property) {
        return element(property, JourneyMap::findTouchpoint);
    }

    static <V> EditedValue<V> stage(ElementProperty<Stage, V> property) {
        return element(property, JourneyMap::findStage);
    }

    static <V> EditedValue<V> lane(ElementProperty<Lane, V> property) {
        return element(property, JourneyMap::findLane);
    }

    static <V> EditedValue<V> chain(ElementProperty<Chain, V> property) {
        return element(property, JourneyMap::findChain);
    }

    /** A value of the map itself; the ids are ignored. */
    static <V> EditedValue<V> map(MapProperty<V> property) {
        return new EditedValue<>() {
            @Override
            public List<V> read(JourneyMap map, List<String> ids) {
                return Collections.singletonList(property.get(map));
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, V value) {
                return Objects.equals(property.get(map), value)
                        ? Optional.empty() : Optional.of(property.change(value));
            }
        };
    }

    /** One text of the map's persona; changing it replaces the persona with the others kept. */
    static EditedValue<String> persona(Function<Persona, String> getter, BiFunction<Persona, String, Persona> with) {
        return new EditedValue<>() {
            @Override
            public List<String> read(JourneyMap map, List<String> ids) {
                return List.of(getter.apply(map.persona()));
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, String value) {
                if (getter.apply(map.persona()).equals(value)) {
                    return Optional.empty();
                }
                return Optional.of(MapProperties.PERSONA.change(with.apply(map.persona(), value)));
            }
        };
    }

    /** A card's score for one criterion, 1..5, or {@code null} when not scored; other scores stay. */
    static EditedValue<Integer> criterionScore(Criterion criterion) {
        return partOfCard(TouchpointProperties.CRITERIA, scores -> scores.get(criterion.id()), (scores, score) -> {
            Map<String, Integer> updated = new LinkedHashMap<>(scores);
            if (score == null) {
                updated.remove(criterion.id());
            } else {
                updated.put(criterion.id(), score);
            }
            return updated;
        });
    }

    /** A card's value of one metric, or {@code null} when not measured; other metrics stay. */
    static EditedValue<Double> metric(Metric metric) {
        return partOfCard(TouchpointProperties.METRICS, values -> values.get(metric), (values, value) -> {
            Map<Metric, Double> updated = new EnumMap<>(Metric.class);
            updated.putAll(values);
            if (value == null) {
                updated.remove(metric);
            } else {
                updated.put(metric, value);
            }
            return updated;
        });
    }

    /**
     * The emotion score the cards show (their own, or their rating's); setting it pins that score
     * on every card, also on a card that so far followed its rating with the same score.
     */
    static EditedValue<Integer> shownEmotion() {
        return new EditedValue<>() {
            @Override
            public List<Integer> read(JourneyMap map, List<String> ids) {
                return cards(map, ids).stream().map(Touchpoint::effectiveEmotion).toList();
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, Integer score) {
                List<String> differing = cards(map, ids).stream()
                        .filter(card -> !Objects.equals(card.emotion(), score)).map(Touchpoint::id).toList();
                return differing.isEmpty() ? Optional.empty()
                        : Optional.of(TouchpointProperties.EMOTION.changeAll(differing, score));
            }
        };
    }

    /**
     * Whether the cards' emotion scores follow their ratings. Turning it off pins each card's
     * current score, so nothing moves on the emotion curve until the person picks another one.
     */
    static EditedValue<Boolean> emotionFollowsRating() {
        return new EditedValue<>() {
            @Override
            public List<Boolean> read(JourneyMap map, List<String> ids) {
                return cards(map, ids).stream().map(card -> card.emotion() == null).toList();
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, Boolean follow) {
                List<Command> changes = cards(map, ids).stream()
                        .filter(card -> (card.emotion() == null) != follow)
                        .map(card -> TouchpointProperties.EMOTION.change(card.id(),
                                follow ? null : card.effectiveEmotion()))
                        .toList();
                return asOneStep(changes, changes.size());
            }
        };
    }

    /** One command for the cards' own commands: the single one, or all of them as one undo step. */
    static Optional<Command> asOneStep(List<Command> commands, int cardCount) {
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        if (commands.size() == 1) {
            return Optional.of(commands.get(0));
        }
        return Optional.of(new CompositeCommand(Description.of(CHANGE_CARDS_KEY, cardCount), commands));
    }

    private static List<Touchpoint> cards(JourneyMap map, List<String> ids) {
        return ids.stream().map(map::findTouchpoint).flatMap(Optional::stream).toList();
    }

    private static <E extends MapElement, V> EditedValue<V> element(
            ElementProperty<E, V> property, BiFunction<JourneyMap, String, Optional<E>> find) {
        return new EditedValue<>() {
            @Override
            public List<V> read(JourneyMap map, List<String> ids) {
                List<V> values = new ArrayList<>();
                ids.forEach(id -> find.apply(map, id).ifPresent(element -> values.add(property.get(element))));
                return values;
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, V value) {
                List<String> differing = ids.stream()
                        .filter(id -> find.apply(map, id).map(e -> !Objects.equals(property.get(e), value))
                                .orElse(false))
                        .toList();
                return differing.isEmpty() ? Optional.empty() : Optional.of(property.changeAll(differing, value));
            }
        };
    }

    /**
     * A part of a card's value that is a whole map (criteria, metrics): each card keeps the rest
     * of its own map, so several cards get one command each, joined into one undo step.
     */
    private static <T, V> EditedValue<V> partOfCard(ElementProperty<Touchpoint, T> whole, Function<T, V> part,
                                                     BiFunction<T, V, T> withPart) {
        return new EditedValue<>() {
            @Override
            public List<V> read(JourneyMap map, List<String> ids) {
                List<V> values = new ArrayList<>();
                ids.forEach(id -> map.findTouchpoint(id).ifPresent(card -> values.add(part.apply(whole.get(card)))));
                return values;
            }

            @Override
            public Optional<Command> change(JourneyMap map, List<String> ids, V value) {
                List<Command> changes = new ArrayList<>();
                for (String id : ids) {
                    map.findTouchpoint(id).ifPresent(card -> {
                        T current = whole.get(card);
                        if (!Objects.equals(part.apply(current), value)) {
                            changes.add(whole.change(id, withPart.apply(current, value)));
                        }
                    });
                }
                return asOneStep(changes, changes.size());
            }
        };
    }
}
