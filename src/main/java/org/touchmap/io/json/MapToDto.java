package org.touchmap.io.json;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Persona;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the model into the file's DTOs. Values equal to their default (empty text, no choice,
 * {@link FileDefaults}) become {@code null} and are left out of the file, which keeps files small
 * and diffs to the fields a person actually filled in.
 */
final class MapToDto {
    private MapToDto() {
    }

    static MapDto convert(JourneyMap map) {
        return new MapDto(map.title(), text(map.description()), text(map.industry()), text(map.template()), persona(map.persona()),
                text(map.competitorNotes()), instant(map.created()), instant(map.modified()),
                map.stages().stream().map(MapToDto::stage).toList(),
                map.lanes().stream().map(MapToDto::lane).toList(),
                map.touchpoints().stream().map(MapToDto::touchpoint).toList(),
                map.chains().stream().map(MapToDto::chain).toList(),
                map.notes().stream().map(MapToDto::note).toList(),
                VotingJson.toDto(map.voting()), SnapshotsJson.toDtos(map), map.unknownFields().asMap());
    }

    private static NoteDto note(Note n) {
        return new NoteDto(n.id(), n.stageId(), n.laneId(), n.name(), text(n.owner()),
                n.supports().isEmpty() ? null : n.supports(), picture(n.picture()), n.unknownFields().asMap());
    }

    private static NoteDto.PictureDto picture(org.touchmap.model.Picture picture) {
        return picture == null ? null : new NoteDto.PictureDto(picture.format().name().toLowerCase(java.util.Locale.ROOT),
                java.util.Base64.getEncoder().encodeToString(picture.data()));
    }

    private static PersonaDto persona(Persona p) {
        if (p.isEmpty()) {
            return null;
        }
        return new PersonaDto(text(p.name()), text(p.demographics()), text(p.psychographics()), text(p.behaviour()),
                text(p.needs()), text(p.motivations()), text(p.goals()), text(p.frustrations()));
    }

    private static StageDto stage(Stage s) {
        return new StageDto(s.id(), s.name(), text(s.description()), text(s.customerQuestion()), s.color(),
                s.phase(), s.visitors(), s.width(), s.unknownFields().asMap());
    }

    private static LaneDto lane(Lane l) {
        return new LaneDto(l.id(), l.name(), text(l.description()), l.color(),
                l.kind() == LaneKind.TOUCHPOINTS ? null : EnumNames.nameOf(l.kind()), l.folded() ? Boolean.TRUE : null,
                l.chainId(), l.unknownFields().asMap());
    }

    private static TouchpointDto touchpoint(Touchpoint t) {
        Map<String, Long> criteria = new LinkedHashMap<>();
        t.criteria().forEach((criterion, score) -> criteria.put(criterion, score.longValue()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        t.metrics().forEach((metric, value) -> metrics.put(EnumNames.nameOf(metric), value));
        return new TouchpointDto(t.id(), t.name(), t.stageId(), t.laneId(), t.x(), t.y(), t.channelId(),
                EnumNames.nameOf(t.rating()), t.keyPoint() ? Boolean.TRUE : null, text(t.description()),
                unlessDefault(t.presence(), FileDefaults.PRESENCE), unlessDefault(t.category(), FileDefaults.CATEGORY),
                t.emotion() == null ? null : t.emotion().longValue(), unlessDefault(t.control(), FileDefaults.CONTROL),
                name(t.attention()), name(t.lifespan()), criteria.isEmpty() ? null : criteria,
                metrics.isEmpty() ? null : metrics, text(t.painPoints()), text(t.ideas()), text(t.owner()),
                name(t.evidence()), text(t.notes()), name(t.competitor()), texts(t), t.unknownFields().asMap());
    }

    private static Map<String, String> texts(Touchpoint t) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (TouchpointText field : TouchpointText.values()) {
            if (!t.text(field).isEmpty()) {
                texts.put(field.key(), t.text(field));
            }
        }
        return texts;
    }

    private static ChainDto chain(Chain c) {
        return new ChainDto(c.id(), c.name(), c.color(), text(c.description()),
                c.links().stream().map(link -> new LinkDto(link.from(), link.to())).toList(), c.nextChainId(),
                c.unknownFields().asMap());
    }

    private static String text(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : EnumNames.nameOf(value);
    }

    private static <E extends Enum<E>> String unlessDefault(E value, E fallback) {
        return value == fallback ? null : EnumNames.nameOf(value);
    }
}
