package org.touchmap.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.touchmap.model.Attention;
import org.touchmap.model.Chain;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Criterion;
import org.touchmap.model.Evidence;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.TouchpointText;
import org.touchmap.model.Lane;
import org.touchmap.model.Lifespan;
import org.touchmap.model.MapElement;
import org.touchmap.model.Metric;
import org.touchmap.model.Persona;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

/**
 * Makes random but sensible commands for the current state of a map: what a person clicking
 * around the editor for an afternoon might do. Keeps the map between a few and a few dozen
 * cards so that a long run stays fast.
 */
final class RandomEdits {
    private static final int FEW_CARDS = 10;
    private static final int MANY_CARDS = 40;

    /** A random valid value for each property; some may refer to the map's other elements. */
    private static final Map<ElementProperty<?, ?>, BiFunction<Random, JourneyMap, Object>> VALUES = withDescribedTexts(Map.ofEntries(
            Map.entry(TouchpointProperties.NAME, (r, m) -> "Card " + r.nextInt(1000)),
            Map.entry(TouchpointProperties.DESCRIPTION, (r, m) -> "Description " + r.nextInt(1000)),
            Map.entry(TouchpointProperties.CHANNEL, (r, m) -> ChannelCatalog.all().get(r.nextInt(ChannelCatalog.all().size())).id()),
            Map.entry(TouchpointProperties.PRESENCE, (r, m) -> oneOf(r, Presence.values())),
            Map.entry(TouchpointProperties.CATEGORY, (r, m) -> oneOf(r, TouchpointCategory.values())),
            Map.entry(TouchpointProperties.RATING, (r, m) -> oneOf(r, Rating.values())),
            Map.entry(TouchpointProperties.EMOTION, (r, m) -> r.nextInt(6) == 0 ? null : r.nextInt(5) - 2),
            Map.entry(TouchpointProperties.KEY_POINT, (r, m) -> r.nextBoolean()),
            Map.entry(TouchpointProperties.CONTROL, (r, m) -> oneOf(r, Control.values())),
            Map.entry(TouchpointProperties.ATTENTION, (r, m) -> orNull(r, oneOf(r, Attention.values()))),
            Map.entry(TouchpointProperties.LIFESPAN, (r, m) -> orNull(r, oneOf(r, Lifespan.values()))),
            Map.entry(TouchpointProperties.CRITERIA, (r, m) -> Map.of(oneOf(r, Criterion.values()).id(), 1 + r.nextInt(5))),
            Map.entry(TouchpointProperties.METRICS, (r, m) -> r.nextBoolean() ? Map.of() : Map.of(Metric.NPS, r.nextInt(201) - 100.0)),
            Map.entry(TouchpointProperties.PAIN_POINTS, (r, m) -> "Pain " + r.nextInt(1000)),
            Map.entry(TouchpointProperties.IDEAS, (r, m) -> "Idea " + r.nextInt(1000)),
            Map.entry(TouchpointProperties.OWNER, (r, m) -> "Owner " + r.nextInt(10)),
            Map.entry(TouchpointProperties.EVIDENCE, (r, m) -> orNull(r, oneOf(r, Evidence.values()))),
            Map.entry(TouchpointProperties.NOTES, (r, m) -> "Note " + r.nextInt(1000)),
            Map.entry(TouchpointProperties.COMPETITOR, (r, m) -> orNull(r, oneOf(r, CompetitorComparison.values()))),
            Map.entry(StageProperties.NAME, (r, m) -> "Stage " + r.nextInt(1000)),
            Map.entry(StageProperties.DESCRIPTION, (r, m) -> "About " + r.nextInt(1000)),
            Map.entry(StageProperties.CUSTOMER_QUESTION, (r, m) -> "Why " + r.nextInt(1000) + "?"),
            Map.entry(StageProperties.COLOR, (r, m) -> orNull(r, String.format("#%06X", r.nextInt(0x1000000)))),
            Map.entry(StageProperties.PHASE, (r, m) -> orNull(r, "Phase " + r.nextInt(3))),
            Map.entry(StageProperties.VISITORS, (r, m) -> orNull(r, (long) r.nextInt(10_000))),
            Map.entry(StageProperties.WIDTH, (r, m) -> orNull(r, 200.0 + r.nextInt(300))),
            Map.entry(LaneProperties.NAME, (r, m) -> laneName(r)),
            Map.entry(LaneProperties.DESCRIPTION, (r, m) -> "About " + r.nextInt(1000)),
            Map.entry(LaneProperties.COLOR, (r, m) -> orNull(r, String.format("#%06x", r.nextInt(0x1000000)))),
            Map.entry(LaneProperties.KIND, (r, m) -> oneOf(r, org.touchmap.model.LaneKind.values())),
            Map.entry(LaneProperties.FOLDED, (r, m) -> r.nextInt(4) == 0),
            Map.entry(LaneProperties.CHAIN, (r, m) -> m.chains().isEmpty() || r.nextBoolean() ? null
                    : m.chains().get(r.nextInt(m.chains().size())).id()),
            Map.entry(ChainProperties.NAME, (r, m) -> "Chain " + r.nextInt(1000)),
            Map.entry(ChainProperties.COLOR, (r, m) -> String.format("#%06x", r.nextInt(0x1000000))),
            Map.entry(ChainProperties.DESCRIPTION, (r, m) -> "About " + r.nextInt(1000)),
            Map.entry(ChainProperties.NEXT_CHAIN, (r, m) -> orNull(r, oneOf(r, m.chains().toArray(Chain[]::new)).id()))));

    /** The values above, and a text (sometimes none) for every field described in {@link TouchpointText}. */
    private static Map<ElementProperty<?, ?>, BiFunction<Random, JourneyMap, Object>> withDescribedTexts(
            Map<ElementProperty<?, ?>, BiFunction<Random, JourneyMap, Object>> values) {
        Map<ElementProperty<?, ?>, BiFunction<Random, JourneyMap, Object>> all = new java.util.HashMap<>(values);
        for (TouchpointText field : TouchpointText.values()) {
            all.put(TouchpointProperties.text(field), (r, m) -> r.nextInt(4) == 0 ? "" : field.key() + " " + r.nextInt(1000));
        }
        return Map.copyOf(all);
    }

    private static final Map<MapProperty<?>, Function<Random, Object>> MAP_VALUES = Map.of(
            MapProperties.TITLE, r -> "Map " + r.nextInt(1000),
            MapProperties.DESCRIPTION, r -> "About " + r.nextInt(1000),
            MapProperties.INDUSTRY, r -> "Industry " + r.nextInt(10),
            MapProperties.PERSONA, r -> new Persona("Person " + r.nextInt(10), "", "", "", "", "", "", ""),
            MapProperties.COMPETITOR_NOTES, r -> "Notes " + r.nextInt(1000));

    private final Random random;
    /** The cards of the last move, so that the next move often drags the same ones (and merges). */
    private List<String> lastMovedCards = List.of();

    RandomEdits(Random random) {
        this.random = random;
    }

    Command next(JourneyMap map) {
        int roll = random.nextInt(100);
        if (map.stages().isEmpty() || map.lanes().isEmpty()) {
            return map.stages().isEmpty() ? addStage(map) : addLane(map);
        }
        int cards = map.touchpoints().size();
        if (roll < 15 || cards < FEW_CARDS && roll < 30 || cards < 2) {
            return addCard(map);
        }
        if (roll < 20 || cards > MANY_CARDS && roll < 35) {
            return removeCards(map);
        }
        if (roll < 38) {
            return moveCards(map);
        }
        if (roll < 50) {
            return link(map);
        }
        if (roll < 52) {
            return unlinkOrMoveLink(map);
        }
        if (roll < 57) {
            return stageEdit(map);
        }
        if (roll < 61) {
            return laneEdit(map);
        }
        if (roll < 65) {
            return chainEdit(map);
        }
        if (roll < 90) {
            return propertyChange(map);
        }
        if (roll < 95) {
            return composite(map);
        }
        if (roll < 97) {
            return tidyUp(map);
        }
        return somethingThatIsNoLongerThere();
    }

    private Command addCard(JourneyMap map) {
        if (random.nextInt(8) == 0) {
            // Several at once, as an import adds them, all asking for one spot.
            Placement place = randomPlacement(map);
            List<Touchpoint> cards = new java.util.ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String id = freshId(map, "tp");
                if (!ids.add(id)) {
                    continue;
                }
                Touchpoint card = new Touchpoint(id, "Card", place.stageId(), place.laneId());
                card.setX(place.x());
                card.setY(place.y());
                cards.add(card);
            }
            return new AddTouchpoints(cards);
        }
        if (random.nextBoolean()) {
            return AddTouchpoint.newCard(map, "Card " + random.nextInt(1000),
                    pick(ChannelCatalog.all()), randomPlacement(map));
        }
        Placement place = randomPlacement(map);
        Touchpoint card = new Touchpoint(freshId(map, "tp"), "Card", place.stageId(), place.laneId());
        card.setRating(pick(List.of(Rating.values())));
        return new AddTouchpoint(random.nextInt(map.touchpoints().size() + 1), card);
    }

    private Command removeCards(JourneyMap map) {
        return RemoveTouchpoint.all(someCardIds(map, 1 + random.nextInt(3)));
    }

    private Command moveCards(JourneyMap map) {
        List<String> cards = lastMovedCards.stream().allMatch(map::hasTouchpoint)
                && !lastMovedCards.isEmpty() && random.nextInt(3) > 0
                ? lastMovedCards : someCardIds(map, 1 + random.nextInt(3));
        lastMovedCards = cards;
        if (random.nextBoolean()) {
            return MoveTouchpoints.by(map, cards, random.nextInt(41) - 20, random.nextInt(41) - 20);
        }
        Map<String, Placement> targets = new LinkedHashMap<>();
        cards.forEach(id -> targets.put(id, randomPlacement(map)));
        return new MoveTouchpoints(targets);
    }

    /** Structure → Tidy up, on a map where some cards were first stacked onto one spot of their cells. */
    private Command tidyUp(JourneyMap map) {
        return new StackedThenTidied(someCardIds(map, 2 + random.nextInt(4)), random.nextInt(60), random.nextInt(60));
    }

    private Command link(JourneyMap map) {
        if (map.chains().isEmpty() || map.touchpoints().size() < 2) {
            return AddChain.newChain(map, "Chain", "#123456");
        }
        Chain chain = pick(map.chains());
        List<String> ends = someCardIds(map, 2);
        return random.nextBoolean()
                ? LinkTouchpoints.append(chain.id(), ends.get(0), ends.get(1))
                : LinkTouchpoints.insert(chain.id(), random.nextInt(chain.linkCount() + 1), ends.get(0), ends.get(1));
    }

    private Command unlinkOrMoveLink(JourneyMap map) {
        List<Chain> linked = map.chains().stream().filter(c -> c.linkCount() > 0).toList();
        if (linked.isEmpty()) {
            return link(map);
        }
        Chain chain = pick(linked);
        int index = random.nextInt(chain.linkCount());
        return random.nextBoolean()
                ? new UnlinkTouchpoints(chain.id(), index)
                : new MoveLink(chain.id(), index, random.nextInt(chain.linkCount()));
    }

    private Command stageEdit(JourneyMap map) {
        int roll = random.nextInt(6);
        if (roll < 2 || map.stages().size() < 2) {
            return addStage(map);
        }
        Stage stage = pick(map.stages());
        if (roll < 4) {
            return new MoveStage(stage.id(), random.nextInt(map.stages().size()));
        }
        Stage other = pick(map.stages().stream().filter(s -> s != stage).toList());
        return new RemoveStage(stage.id(), roll == 4 ? StageRemoval.moveCardsTo(other.id()) : StageRemoval.REMOVE_CARDS);
    }

    private Command addStage(JourneyMap map) {
        return AddStage.newStage(map, random.nextInt(map.stages().size() + 1), "Stage " + random.nextInt(100));
    }

    private Command laneEdit(JourneyMap map) {
        int roll = random.nextInt(9);
        if (roll >= 6) {
            return noteEdit(map);
        }
        if (roll < 2 || map.lanes().size() < 2) {
            return addLane(map);
        }
        Lane lane = pick(map.lanes());
        if (roll < 4) {
            return new MoveLane(lane.id(), random.nextInt(map.lanes().size()));
        }
        Lane other = pick(map.lanes().stream().filter(l -> l != lane).toList());
        return new RemoveLane(lane.id(), roll == 4 ? LaneRemoval.moveCardsTo(other.id()) : LaneRemoval.REMOVE_CARDS);
    }

    /** A note added to a notes lane, edited or deleted; or a lane turned into a lane of thoughts, to hold some. */
    private Command noteEdit(JourneyMap map) {
        List<Lane> notesLanes = map.lanes().stream().filter(lane -> lane.kind().holdsNotes()).toList();
        if (notesLanes.isEmpty() || map.stages().isEmpty()) {
            return LaneProperties.KIND.change(pick(map.lanes()).id(), org.touchmap.model.LaneKind.THOUGHTS);
        }
        int roll = random.nextInt(6);
        if (roll < 2 || map.notes().isEmpty()) {
            return AddNote.newNote(map, "Note " + random.nextInt(1000), pick(map.stages()).id(),
                    pick(notesLanes).id());
        }
        String note = pick(map.notes()).id();
        return switch (roll) {
            case 2 -> new RemoveNote(note);
            case 3 -> NoteProperties.OWNER.change(note, random.nextBoolean() ? "" : "Role " + random.nextInt(9));
            // A step linked to cards, which later card deletions must unlink and their undo link again.
            case 4 -> NoteProperties.SUPPORTS.change(note, map.touchpoints().stream()
                    .filter(card -> random.nextInt(4) == 0).map(org.touchmap.model.Touchpoint::id).toList());
            default -> NoteProperties.TEXT.change(note, "Note " + random.nextInt(1000));
        };
    }

    private Command addLane(JourneyMap map) {
        return AddLane.newLane(map, random.nextInt(map.lanes().size() + 1), laneName(random));
    }

    private Command chainEdit(JourneyMap map) {
        if (map.chains().size() < 2 || random.nextBoolean()) {
            return AddChain.newChain(map, "Chain " + random.nextInt(100), randomColor());
        }
        return new RemoveChain(pick(map.chains()).id());
    }

    private Command propertyChange(JourneyMap map) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            ElementProperty<Touchpoint, ?> property = pick(TouchpointProperties.all());
            return change(property, pick(map.touchpoints()).id(), map);
        }
        if (roll < 7) {
            return change(pick(StageProperties.all()), pick(map.stages()).id(), map);
        }
        if (roll < 8) {
            return change(pick(LaneProperties.all()), pick(map.lanes()).id(), map);
        }
        if (roll < 9 && !map.chains().isEmpty()) {
            return change(pick(ChainProperties.all()), pick(map.chains()).id(), map);
        }
        return mapChange(pick(MapProperties.all()));
    }

    /** Several edits as one step; a later part may find its target gone, and then nothing happens at all. */
    private Command composite(JourneyMap map) {
        List<Command> parts = new ArrayList<>();
        int size = 2 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(4);
            parts.add(roll < 2 ? propertyChange(map) : roll == 2 ? link(map) : removeCards(map));
        }
        return new CompositeCommand(Description.of("touchpoints.change", size), parts);
    }

    private Command somethingThatIsNoLongerThere() {
        return switch (random.nextInt(4)) {
            case 0 -> new RemoveTouchpoint("ghost");
            case 1 -> MoveTouchpoints.of("ghost", new Placement("ghost", "ghost", 0, 0));
            case 2 -> TouchpointProperties.RATING.change("ghost", Rating.POSITIVE);
            default -> new RemoveStage("ghost", StageRemoval.REMOVE_CARDS);
        };
    }

    @SuppressWarnings("unchecked")
    private <E extends MapElement> Command change(ElementProperty<E, ?> property, String id, JourneyMap map) {
        return ((ElementProperty<E, Object>) property).change(id, VALUES.get(property).apply(random, map));
    }

    @SuppressWarnings("unchecked")
    private Command mapChange(MapProperty<?> property) {
        return ((MapProperty<Object>) property).change(MAP_VALUES.get(property).apply(random));
    }

    private Placement randomPlacement(JourneyMap map) {
        return new Placement(pick(map.stages()).id(), pick(map.lanes()).id(), random.nextInt(300), random.nextInt(300));
    }

    private List<String> someCardIds(JourneyMap map, int count) {
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        Collections.shuffle(cards, random);
        return cards.stream().limit(count).map(Touchpoint::id).toList();
    }

    private String freshId(JourneyMap map, String prefix) {
        String id;
        do {
            id = prefix + "-" + random.nextInt(1_000_000);
        } while (map.allIds().contains(id));
        return id;
    }

    private String randomColor() {
        return String.format("#%06x", random.nextInt(0x1000000));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A lane name; often one that makes or breaks the Online/Offline pair, so presence has to follow. */
    private static String laneName(Random random) {
        return random.nextInt(3) == 0
                ? oneOf(random, new String[] {"Online", "Offline", "Офлајн", "Online touchpoints"})
                : "Lane " + random.nextInt(1000);
    }

    private static <T> T oneOf(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T orNull(Random random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
