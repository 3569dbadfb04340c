package org.touchmap.io.json;

import java.util.Map;

import java.util.LinkedHashMap;

import org.touchmap.model.TouchpointText;

import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * Reads a map file's JSON tree (already migrated to the current format version) into DTOs,
 * checking the shape and JSON type of every known field. Meaning (ids, ranges, references) is
 * checked later, in {@link DtoToMap}.
 */
final class JsonToDto {
    private JsonToDto() {
    }

    static MapDto read(ObjectNode root) {
        return read(FieldReader.of(root, JsonPath.ROOT));
    }

    /** The map in {@code map}: the whole file, or the map inside a snapshot. */
    static MapDto read(FieldReader map) {
        map.skip(MapDto.FORMAT, MapDto.FORMAT_VERSION);
        String title = map.requiredText("title");
        String description = map.text("description");
        String industry = map.text("industry");
        String template = map.text("template");
        FieldReader personaFields = map.object("persona");
        PersonaDto persona = personaFields == null ? null : persona(personaFields);
        String competitorNotes = map.text("competitorNotes");
        String created = map.text("created");
        String modified = map.text("modified");
        List<FieldReader> stageFields = map.objects("stages");
        List<FieldReader> laneFields = map.objects("lanes");
        List<FieldReader> touchpointFields = map.objects("touchpoints");
        List<FieldReader> chainFields = map.objects("chains");
        List<FieldReader> noteFields = map.objects("notes");
        refuseTooMany(stageFields, laneFields, touchpointFields, chainFields, noteFields.size());
        List<StageDto> stages = each(stageFields, JsonToDto::stage);
        List<LaneDto> lanes = each(laneFields, JsonToDto::lane);
        List<TouchpointDto> touchpoints = each(touchpointFields, JsonToDto::touchpoint);
        List<ChainDto> chains = each(chainFields, JsonToDto::chain);
        List<NoteDto> notes = each(noteFields, JsonToDto::note);
        VotingDto voting = VotingJson.read(map);
        List<SnapshotDto> snapshots = SnapshotsJson.read(map);
        return new MapDto(title, description, industry, template, persona, competitorNotes, created, modified,
                stages, lanes, touchpoints, chains, notes, voting, snapshots, map.unknownFields());
    }

    /** Counted before any element is read, so a map of a million arrows is refused as soon as it is parsed. */
    private static void refuseTooMany(List<FieldReader> stages, List<FieldReader> lanes,
                                      List<FieldReader> touchpoints, List<FieldReader> chains, int notes) {
        long links = chains.stream().mapToLong(chain -> chain.listSize("links")).sum();
        ElementLimits.excess(stages.size(), lanes.size(), touchpoints.size(), chains.size(), links, notes)
                .ifPresent(excess -> {
                    throw FileProblem.of(excess.reason(), excess.args());
                });
    }

    private static PersonaDto persona(FieldReader p) {
        PersonaDto persona = new PersonaDto(p.text("name"), p.text("demographics"), p.text("psychographics"),
                p.text("behaviour"), p.text("needs"), p.text("motivations"), p.text("goals"), p.text("frustrations"));
        p.refuseUnknownFields();
        return persona;
    }

    private static StageDto stage(FieldReader s) {
        return new StageDto(s.requiredText("id"), s.requiredText("name"), s.text("description"),
                s.text("customerQuestion"), s.text("color"), s.text("phase"), s.wholeNumber("visitors"),
                s.number("width"), s.unknownFields());
    }

    private static LaneDto lane(FieldReader l) {
        return new LaneDto(l.requiredText("id"), l.requiredText("name"), l.text("description"), l.text("color"),
                l.text("kind"), l.bool("folded"), l.text("chain"), l.unknownFields());
    }

    private static TouchpointDto touchpoint(FieldReader t) {
        return new TouchpointDto(t.requiredText("id"), t.requiredText("name"), t.requiredText("stage"),
                t.requiredText("lane"), t.number("x"), t.number("y"), t.text("channel"), t.text("rating"),
                t.bool("keyPoint"), t.text("description"), t.text("presence"), t.text("category"),
                t.wholeNumber("emotion"), t.text("control"), t.text("attention"), t.text("lifespan"),
                t.wholeNumberMap("criteria"), t.numberMap("metrics"), t.text("painPoints"), t.text("ideas"),
                t.text("owner"), t.text("evidence"), t.text("notes"), t.text("competitor"), texts(t), t.unknownFields());
    }

    /** The described text fields the file has, read before the unknown fields are collected. */
    private static Map<String, String> texts(FieldReader t) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (TouchpointText field : TouchpointText.values()) {
            String text = t.text(field.key());
            if (text != null) {
                texts.put(field.key(), text);
            }
        }
        return texts;
    }

    private static ChainDto chain(FieldReader c) {
        return new ChainDto(c.requiredText("id"), c.requiredText("name"), c.requiredText("color"),
                c.text("description"), each(c.objects("links"), JsonToDto::link), c.text("nextChain"),
                c.unknownFields());
    }

    private static NoteDto note(FieldReader n) {
        return new NoteDto(n.requiredText("id"), n.requiredText("stage"), n.requiredText("lane"),
                n.requiredText("text"), n.text("owner"), n.texts("supports"), picture(n.object("picture")),
                n.unknownFields());
    }

    private static NoteDto.PictureDto picture(FieldReader p) {
        if (p == null) {
            return null;
        }
        NoteDto.PictureDto picture = new NoteDto.PictureDto(p.requiredText("type"), p.requiredText("data"));
        p.refuseUnknownFields();
        return picture;
    }

    private static LinkDto link(FieldReader l) {
        LinkDto link = new LinkDto(l.requiredText("from"), l.requiredText("to"));
        l.refuseUnknownFields();
        return link;
    }

    private static <T> List<T> each(List<FieldReader> objects, Function<FieldReader, T> read) {
        return objects.stream().map(read).toList();
    }
}
