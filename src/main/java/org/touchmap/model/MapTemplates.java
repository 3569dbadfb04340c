package org.touchmap.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every template a new map can start from, and the making of a map from one. */
public final class MapTemplates {
    /** Vertical step between the cards a starter stacks in one cell, as the samples lay them out. */
    static final double CARD_STEP = 90;
    /** The starter chain's colour: the first of the chain palette. */
    static final String CHAIN_COLOR = "#0072b2";
    private static final List<String> LANES = List.of("online", "offline");

    private MapTemplates() {
    }

    /** The stage sets first, then the industry starters. */
    public static List<MapTemplate> all() {
        return Stream.<MapTemplate>concat(Stream.of(StageTemplate.values()), Stream.of(IndustryStarter.values())).toList();
    }

    public static Optional<MapTemplate> byId(String id) {
        return all().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /**
     * The map File → New starts with: untitled, the three stages around the purchase with the
     * customer's question of each, and one lane, in the words of {@code locale}. Its stages ask
     * the questions of the before-during-after set, so a rename of a stage clears its question.
     */
    public static JourneyMap blank(Locale locale, Instant now) {
        JourneyMap map = new JourneyMap(TemplateText.get(locale, "untitled"));
        map.setCreated(now);
        for (String stageId : List.of("before", "during", "after")) {
            Stage stage = new Stage(stageId, TemplateText.get(locale, "blank.stage." + stageId));
            stage.setCustomerQuestion(StageTemplate.BEFORE_DURING_AFTER.customerQuestion(locale, stageId));
            map.addStage(stage);
        }
        map.addLane(new Lane("main", TemplateText.get(locale, "blank.lane")));
        return map;
    }

    /**
     * A new map from {@code template} in the words of {@code locale}: its stages with their
     * descriptions, questions and phases, an online and an offline lane between the lanes of notes
     * its method uses (see {@link StageTemplate#lanes()}), and for an industry
     * starter its cards and chain. The map remembers the template, so analysis can name the
     * typical touchpoints it still lacks.
     */
    public static JourneyMap create(MapTemplate template, Locale locale, Instant now) {
        StageTemplate stages = template.stageTemplate();
        String title = template instanceof IndustryStarter starter
                ? starter.text(locale, "title") : TemplateText.get(locale, "untitled");
        JourneyMap map = new JourneyMap(title);
        map.setTemplate(template.id());
        map.setCreated(now);
        map.setModified(now);
        if (template instanceof IndustryStarter starter) {
            map.setIndustry(starter.text(locale, "industry"));
            map.setDescription(starter.description(locale));
        }
        for (TemplateStage spec : stages.stages()) {
            Stage stage = new Stage(spec.id(), stages.stageText(locale, spec.id(), "name"));
            stage.setDescription(stages.stageText(locale, spec.id(), "description"));
            stage.setCustomerQuestion(stages.stageText(locale, spec.id(), "question"));
            if (spec.phaseId() != null) {
                stage.setPhase(stages.phaseName(locale, spec.phaseId()));
            }
            map.addStage(stage);
        }
        addLanes(map, stages, locale);
        if (template instanceof IndustryStarter starter) {
            placeCards(map, starter, locale);
            // A starter's card takes its channel's presence unless its lane says otherwise.
            LanePresence.applyTo(map);
        }
        return map;
    }

    /** The set's lanes: its lanes of cards where it says {@link LaneKind#TOUCHPOINTS}, each other kind named by its kind. */
    private static void addLanes(JourneyMap map, StageTemplate stages, Locale locale) {
        for (LaneKind kind : stages.lanes()) {
            if (kind != LaneKind.TOUCHPOINTS) {
                Lane lane = new Lane(laneId(kind), kind.displayName(locale));
                lane.setKind(kind);
                map.addLane(lane);
            } else if (stages == StageTemplate.SERVICE_BLUEPRINT) {
                map.addLane(new Lane("touchpoints", kind.displayName(locale)));
            } else {
                LANES.forEach(lane -> map.addLane(new Lane(lane, TemplateText.get(locale, "lane." + lane))));
            }
        }
    }

    /** {@code painPoints} → {@code pain-points}: lane ids in the style of the other ids. */
    private static String laneId(LaneKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void placeCards(JourneyMap map, IndustryStarter starter, Locale locale) {
        Map<String, Integer> cardsInCell = new HashMap<>();
        for (StarterCard spec : starter.cards()) {
            Touchpoint card = new Touchpoint(cardId(spec.id()), starter.text(locale, "card." + spec.id()),
                    spec.stageId(), spec.laneId());
            int below = cardsInCell.merge(spec.stageId() + "/" + spec.laneId(), 1, Integer::sum) - 1;
            card.setY(below * CARD_STEP);
            Channel channel = ChannelCatalog.resolve(spec.channelId());
            card.setChannelId(channel.id());
            card.setPresence(channel.defaultPresence());
            card.setCategory(channel.defaultCategory());
            card.setControl(channel.defaultControl());
            card.setKeyPoint(spec.keyPoint());
            map.addTouchpoint(card);
        }
        Chain chain = new Chain("ch-typical", starter.text(locale, "chain"), CHAIN_COLOR);
        List<String> path = starter.path();
        for (int i = 1; i < path.size(); i++) {
            chain.addLink(new ChainLink(cardId(path.get(i - 1)), cardId(path.get(i))));
        }
        map.addChain(chain);
    }

    private static String cardId(String starterCardId) {
        return "tp-" + starterCardId;
    }
}
