package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.ErrorText;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import org.touchmap.model.Attention;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Criterion;
import org.touchmap.model.Evidence;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Lifespan;
import org.touchmap.model.MapConsistency;
import org.touchmap.model.Metric;
import org.touchmap.model.Note;
import org.touchmap.model.Persona;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;
import org.touchmap.model.TouchpointCategory;
import org.touchmap.model.UnknownFields;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.touchmap.io.json.ValueChecks.*;

/**
 * Builds the model from a file's DTOs. Every value the model would refuse and every reference is
 * checked first, so that a bad file gives one message that names the value by its JSON path
 * instead of an exception from a setter.
 */
final class DtoToMap {
    /** Where the map is in the file: the top level, or the map of a snapshot, so problems name the right place. */
    private final JsonPath root;
    private final JsonPath stagesAt;
    private final JsonPath lanesAt;
    private final JsonPath touchpointsAt;
    private final JsonPath chainsAt;
    private final JsonPath notesAt;
    private final JourneyMap map;
    /** Ids are unique across stages, lanes, touchpoints and chains together. */
    private final Set<String> ids = new HashSet<>();

    private DtoToMap(String title, JsonPath root) {
        this.root = root;
        stagesAt = root.key("stages");
        lanesAt = root.key("lanes");
        touchpointsAt = root.key("touchpoints");
        chainsAt = root.key("chains");
        notesAt = root.key("notes");
        map = new JourneyMap(title);
    }

    static JourneyMap convert(MapDto dto) {
        return convert(dto, JsonPath.ROOT);
    }

    /** The map of {@code dto}, which lies at {@code root} in the file. */
    static JourneyMap convert(MapDto dto, JsonPath root) {
        return new DtoToMap(dto.title(), root).fill(dto);
    }

    private JourneyMap fill(MapDto dto) {
        map.setDescription(orEmpty(dto.description()));
        map.setIndustry(orEmpty(dto.industry()));
        map.setTemplate(orEmpty(dto.template()));
        map.setPersona(persona(dto.persona()));
        map.setCompetitorNotes(orEmpty(dto.competitorNotes()));
        map.setCreated(instant(dto.created(), root.key("created")));
        map.setModified(instant(dto.modified(), root.key("modified")));
        map.setUnknownFields(UnknownFields.of(dto.unknownFields()));
        for (int i = 0; i < dto.stages().size(); i++) {
            map.addStage(stage(dto.stages().get(i), stagesAt.index(i)));
        }
        for (int i = 0; i < dto.lanes().size(); i++) {
            map.addLane(lane(dto.lanes().get(i), lanesAt.index(i)));
        }
        for (int i = 0; i < dto.touchpoints().size(); i++) {
            map.addTouchpoint(touchpoint(dto.touchpoints().get(i), touchpointsAt.index(i)));
        }
        addChains(dto.chains());
        for (int i = 0; i < dto.lanes().size(); i++) {
            // A lane may follow a chain, and chains come after lanes in the file: the reference is read now.
            String chain = dto.lanes().get(i).chain();
            if (chain != null) {
                map.lanes().get(i).setChainId(reference(chain, lanesAt.index(i).key("chain"),
                        map.findChain(chain).isPresent(), ProblemKind.MISSING_CHAIN));
            }
        }
        for (int i = 0; i < dto.notes().size(); i++) {
            map.addNote(note(dto.notes().get(i), notesAt.index(i)));
        }
        map.setVoting(VotingJson.toModel(dto.voting(), map, root));
        map.setSnapshots(SnapshotsJson.toModel(dto.snapshots()));
        List<String> problems = MapConsistency.problems(map);
        if (!problems.isEmpty()) {
            throw FileProblem.of(ProblemKind.INCONSISTENT, problems.get(0));
        }
        return map;
    }

    private static Persona persona(PersonaDto p) {
        if (p == null) {
            return Persona.EMPTY;
        }
        return new Persona(orEmpty(p.name()), orEmpty(p.demographics()), orEmpty(p.psychographics()),
                orEmpty(p.behaviour()), orEmpty(p.needs()), orEmpty(p.motivations()), orEmpty(p.goals()),
                orEmpty(p.frustrations()));
    }

    private Stage stage(StageDto s, JsonPath at) {
        Stage stage = new Stage(newId(s.id(), at.key("id")), s.name());
        stage.setDescription(orEmpty(s.description()));
        stage.setCustomerQuestion(orEmpty(s.customerQuestion()));
        stage.setColor(colorOrNull(s.color(), at.key("color")));
        stage.setPhase(s.phase());
        stage.setVisitors(notNegative(s.visitors(), at.key("visitors")));
        stage.setWidth(positive(s.width(), at.key("width")));
        stage.setUnknownFields(UnknownFields.of(s.unknownFields()));
        return stage;
    }

    private Lane lane(LaneDto l, JsonPath at) {
        Lane lane = new Lane(newId(l.id(), at.key("id")), l.name());
        lane.setDescription(orEmpty(l.description()));
        lane.setColor(colorOrNull(l.color(), at.key("color")));
        lane.setKind(choice(LaneKind.class, l.kind(), at.key("kind"), LaneKind.TOUCHPOINTS));
        lane.setFolded(Boolean.TRUE.equals(l.folded()));
        lane.setUnknownFields(UnknownFields.of(l.unknownFields()));
        return lane;
    }

    private Touchpoint touchpoint(TouchpointDto t, JsonPath at) {
        String id = newId(t.id(), at.key("id"));
        Touchpoint tp = new Touchpoint(id, t.name(), stageReference(t.stage(), at), laneReference(t.lane(), at));
        if (!map.lane(tp.laneId()).kind().holdsCards()) {
            throw FileProblem.at(at.key("lane"), ProblemKind.LANE_HOLDS_NO_CARDS, tp.laneId());
        }
        tp.setX(t.x() == null ? 0 : t.x());
        tp.setY(t.y() == null ? 0 : t.y());
        tp.setChannelId(t.channel() == null ? FileDefaults.CHANNEL : t.channel());
        tp.setRating(choice(Rating.class, t.rating(), at.key("rating"), FileDefaults.RATING));
        tp.setKeyPoint(Boolean.TRUE.equals(t.keyPoint()));
        tp.setDescription(orEmpty(t.description()));
        tp.setPresence(choice(Presence.class, t.presence(), at.key("presence"), FileDefaults.PRESENCE));
        tp.setCategory(choice(TouchpointCategory.class, t.category(), at.key("category"),
                FileDefaults.CATEGORY));
        tp.setEmotion(emotion(t.emotion(), at.key("emotion")));
        tp.setControl(choice(Control.class, t.control(), at.key("control"), FileDefaults.CONTROL));
        tp.setAttention(choice(Attention.class, t.attention(), at.key("attention"), null));
        tp.setLifespan(choice(Lifespan.class, t.lifespan(), at.key("lifespan"), null));
        tp.setCriteria(criteria(t.criteria(), at.key("criteria")));
        tp.setMetrics(metrics(t.metrics(), at.key("metrics")));
        tp.setPainPoints(orEmpty(t.painPoints()));
        tp.setIdeas(orEmpty(t.ideas()));
        tp.setOwner(orEmpty(t.owner()));
        tp.setEvidence(choice(Evidence.class, t.evidence(), at.key("evidence"), null));
        tp.setNotes(orEmpty(t.notes()));
        tp.setCompetitor(choice(CompetitorComparison.class, t.competitor(), at.key("competitor"), null));
        for (TouchpointText field : TouchpointText.values()) {
            tp.setText(field, t.texts().get(field.key()));
        }
        tp.setUnknownFields(UnknownFields.of(t.unknownFields()));
        return tp;
    }

    private Note note(NoteDto n, JsonPath at) {
        String id = newId(n.id(), at.key("id"));
        Note note = new Note(id, n.text(), stageReference(n.stage(), at), laneReference(n.lane(), at));
        if (!map.lane(note.laneId()).kind().holdsNotes()) {
            throw FileProblem.at(at.key("lane"), ProblemKind.LANE_HOLDS_NO_NOTES, note.laneId());
        }
        note.setOwner(orEmpty(n.owner()));
        List<String> supports = n.supports() == null ? List.of() : n.supports();
        for (int j = 0; j < supports.size(); j++) {
            reference(supports.get(j), at.key("supports").index(j), map.hasTouchpoint(supports.get(j)),
                    ProblemKind.MISSING_TOUCHPOINT);
        }
        note.setSupports(supports);
        if (n.picture() != null) {
            note.setPicture(NotePictures.read(n.picture(), at.key("picture")));
        }
        note.setUnknownFields(UnknownFields.of(n.unknownFields()));
        return note;
    }

    /** The {@code stage} of the element at {@code at}: a stage of the map. */
    private String stageReference(String stageId, JsonPath at) {
        return reference(stageId, at.key("stage"), map.findStage(stageId).isPresent(), ProblemKind.MISSING_STAGE);
    }

    /** The {@code lane} of the element at {@code at}: a lane of the map. */
    private String laneReference(String laneId, JsonPath at) {
        return reference(laneId, at.key("lane"), map.findLane(laneId).isPresent(), ProblemKind.MISSING_LANE);
    }

    private static Integer emotion(Long emotion, JsonPath at) {
        if (emotion == null) {
            return null;
        }
        if (emotion < Touchpoint.MIN_EMOTION || emotion > Touchpoint.MAX_EMOTION) {
            throw FileProblem.at(at, ProblemKind.EMOTION_OUT_OF_RANGE, emotion.toString(),
                    Integer.toString(Touchpoint.MIN_EMOTION), Integer.toString(Touchpoint.MAX_EMOTION));
        }
        return emotion.intValue();
    }

    private static Map<String, Integer> criteria(Map<String, Long> scores, JsonPath at) {
        Map<String, Integer> criteria = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((criterion, score) -> {
                JsonPath scoreAt = at.key(criterion);
                if (!Ids.isValid(criterion)) {
                    throw FileProblem.at(scoreAt, ProblemKind.INVALID_ID, ErrorText.quote(criterion));
                }
                if (score < Criterion.MIN_SCORE || score > Criterion.MAX_SCORE) {
                    throw FileProblem.at(scoreAt, ProblemKind.SCORE_OUT_OF_RANGE, score.toString(),
                            Integer.toString(Criterion.MIN_SCORE), Integer.toString(Criterion.MAX_SCORE));
                }
                criteria.put(criterion, score.intValue());
            });
        }
        return criteria;
    }

    private static Map<Metric, Double> metrics(Map<String, Double> values, JsonPath at) {
        Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
        if (values != null) {
            values.forEach((name, value) -> {
                Metric metric = EnumNames.parse(Metric.class, name).orElseThrow(() -> FileProblem.at(
                        at.key(name), ProblemKind.UNKNOWN_METRIC, ErrorText.quote(name),
                        String.join(", ", EnumNames.namesOf(Metric.class))));
                if (!metric.accepts(value)) {
                    throw FileProblem.at(at.key(name), ProblemKind.METRIC_OUT_OF_RANGE, name, NumberText.of(value),
                            rangeText(metric));
                }
                metrics.put(metric, value);
            });
        }
        return metrics;
    }

    private void addChains(List<ChainDto> chains) {
        for (int i = 0; i < chains.size(); i++) {
            map.addChain(chain(chains.get(i), chainsAt.index(i)));
        }
        for (int i = 0; i < chains.size(); i++) {
            String next = chains.get(i).nextChain();
            if (next != null) {
                reference(next, chainsAt.index(i).key("nextChain"), map.findChain(next).isPresent(),
                        ProblemKind.MISSING_CHAIN);
            }
        }
    }

    private Chain chain(ChainDto c, JsonPath at) {
        Chain chain = new Chain(newId(c.id(), at.key("id")), c.name(), color(c.color(), at.key("color")));
        chain.setDescription(orEmpty(c.description()));
        for (int j = 0; j < c.links().size(); j++) {
            LinkDto link = c.links().get(j);
            JsonPath linkAt = at.key("links").index(j);
            chain.addLink(new ChainLink(touchpointReference(link.from(), linkAt.key("from")),
                    touchpointReference(link.to(), linkAt.key("to"))));
        }
        if (c.nextChain() != null) {
            chain.setNextChainId(validId(c.nextChain(), at.key("nextChain")));
        }
        chain.setUnknownFields(UnknownFields.of(c.unknownFields()));
        return chain;
    }

    private String touchpointReference(String id, JsonPath at) {
        return reference(id, at, map.hasTouchpoint(id), ProblemKind.MISSING_TOUCHPOINT);
    }

    private String newId(String id, JsonPath at) {
        validId(id, at);
        if (!ids.add(id)) {
            throw FileProblem.at(at, ProblemKind.DUPLICATE_ID, id);
        }
        return id;
    }
}
