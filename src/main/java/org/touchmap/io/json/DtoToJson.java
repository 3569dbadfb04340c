package org.touchmap.io.json;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes DTOs as the bytes of a {@code .cjm} file: UTF-8, two-space indent, "\n" line ends, a
 * final newline, keys in the fixed order of each DTO's {@code KEYS} and then the unknown fields
 * in the order they were read. The same map always gives the same bytes.
 */
final class DtoToJson {
    private static final ObjectWriter WRITER = JsonStyle.prettyWriter(new ObjectMapper());

    private DtoToJson() {
    }

    static byte[] write(MapDto map) {
        return toBytes(tree(map));
    }

    /** The JSON tree of {@code map}, header included. */
    static ObjectNode tree(MapDto map) {
        ObjectNode root = object();
        root.put(MapDto.FORMAT, MapJson.FORMAT);
        root.put(MapDto.FORMAT_VERSION, FormatVersion.needed(map));
        root.put("title", map.title());
        putText(root, "description", map.description());
        putText(root, "industry", map.industry());
        putText(root, "template", map.template());
        if (map.persona() != null) {
            root.set("persona", persona(map.persona()));
        }
        putText(root, "competitorNotes", map.competitorNotes());
        putText(root, "created", map.created());
        putText(root, "modified", map.modified());
        root.set("stages", list(map.stages().stream().map(DtoToJson::stage).toList()));
        root.set("lanes", list(map.lanes().stream().map(DtoToJson::lane).toList()));
        root.set("touchpoints", list(map.touchpoints().stream().map(DtoToJson::touchpoint).toList()));
        root.set("chains", list(map.chains().stream().map(DtoToJson::chain).toList()));
        if (!map.notes().isEmpty()) {
            root.set("notes", list(map.notes().stream().map(DtoToJson::note).toList()));
        }
        if (map.voting() != null) {
            root.set(VotingJson.KEY, VotingJson.write(map.voting()));
        }
        SnapshotsJson.write(root, map.snapshots());
        putUnknown(root, map.unknownFields(), MapDto.KEYS);
        return root;
    }

    private static ObjectNode persona(PersonaDto p) {
        ObjectNode node = object();
        putText(node, "name", p.name());
        putText(node, "demographics", p.demographics());
        putText(node, "psychographics", p.psychographics());
        putText(node, "behaviour", p.behaviour());
        putText(node, "needs", p.needs());
        putText(node, "motivations", p.motivations());
        putText(node, "goals", p.goals());
        putText(node, "frustrations", p.frustrations());
        return node;
    }

    private static ObjectNode stage(StageDto s) {
        ObjectNode node = object();
        node.put("id", s.id());
        node.put("name", s.name());
        putText(node, "description", s.description());
        putText(node, "customerQuestion", s.customerQuestion());
        putText(node, "color", s.color());
        putText(node, "phase", s.phase());
        if (s.visitors() != null) {
            node.put("visitors", s.visitors());
        }
        if (s.width() != null) {
            putNumber(node, "width", s.width());
        }
        putUnknown(node, s.unknownFields(), StageDto.KEYS);
        return node;
    }

    private static ObjectNode note(NoteDto n) {
        ObjectNode node = object();
        node.put("id", n.id());
        node.put("stage", n.stage());
        node.put("lane", n.lane());
        node.put("text", n.text());
        putText(node, "owner", n.owner());
        if (n.supports() != null) {
            n.supports().forEach(node.putArray("supports")::add);
        }
        if (n.picture() != null) {
            node.putObject("picture").put("type", n.picture().type()).put("data", n.picture().data());
        }
        putUnknown(node, n.unknownFields(), NoteDto.KEYS);
        return node;
    }

    private static ObjectNode lane(LaneDto l) {
        ObjectNode node = object();
        node.put("id", l.id());
        node.put("name", l.name());
        putText(node, "description", l.description());
        putText(node, "color", l.color());
        putText(node, "kind", l.kind());
        if (Boolean.TRUE.equals(l.folded())) {
            node.put("folded", true);
        }
        putText(node, "chain", l.chain());
        putUnknown(node, l.unknownFields(), LaneDto.KEYS);
        return node;
    }

    private static ObjectNode touchpoint(TouchpointDto t) {
        ObjectNode node = objectWithRoomFor(TouchpointDto.KEYS.size() + t.unknownFields().size());
        node.put("id", t.id());
        node.put("name", t.name());
        node.put("stage", t.stage());
        node.put("lane", t.lane());
        putNumber(node, "x", t.x());
        putNumber(node, "y", t.y());
        node.put("channel", t.channel());
        node.put("rating", t.rating());
        if (t.keyPoint() != null) {
            node.put("keyPoint", t.keyPoint());
        }
        putText(node, "description", t.description());
        putText(node, "presence", t.presence());
        putText(node, "category", t.category());
        if (t.emotion() != null) {
            node.put("emotion", t.emotion());
        }
        putText(node, "control", t.control());
        putText(node, "attention", t.attention());
        putText(node, "lifespan", t.lifespan());
        if (t.criteria() != null) {
            ObjectNode criteria = node.putObject("criteria");
            t.criteria().forEach(criteria::put);
        }
        if (t.metrics() != null) {
            ObjectNode metrics = node.putObject("metrics");
            t.metrics().forEach((name, value) -> putNumber(metrics, name, value));
        }
        putText(node, "painPoints", t.painPoints());
        putText(node, "ideas", t.ideas());
        putText(node, "owner", t.owner());
        putText(node, "evidence", t.evidence());
        putText(node, "notes", t.notes());
        putText(node, "competitor", t.competitor());
        t.texts().forEach((key, text) -> putText(node, key, text));
        putUnknown(node, t.unknownFields(), TouchpointDto.KEYS);
        return node;
    }

    private static ObjectNode chain(ChainDto c) {
        ObjectNode node = object();
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("color", c.color());
        putText(node, "description", c.description());
        ArrayNode links = node.putArray("links");
        c.links().forEach(link -> links.addObject().put("from", link.from()).put("to", link.to()));
        putText(node, "nextChain", c.nextChain());
        putUnknown(node, c.unknownFields(), ChainDto.KEYS);
        return node;
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** An object sized for its keys up front: a touchpoint's would otherwise grow its table twice. */
    private static ObjectNode objectWithRoomFor(int keys) {
        return new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(keys * 4 / 3 + 1));
    }

    private static ArrayNode list(List<ObjectNode> items) {
        return JsonNodeFactory.instance.arrayNode().addAll(items);
    }

    private static void putText(ObjectNode node, String name, String text) {
        if (text != null) {
            node.put(name, text);
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (NumberText.isWhole(value)) {
            node.put(name, (long) value);
        } else {
            node.put(name, value);
        }
    }

    /**
     * Unknown fields go after the known ones. One named like a known key would shadow or corrupt
     * that field on the next read, so it is dropped.
     */
    static void putUnknown(ObjectNode node, Map<String, Object> unknown, List<String> knownKeys) {
        unknown.forEach((name, value) -> {
            if (!knownKeys.contains(name)) {
                node.set(name, UnknownFieldValues.toNode(value));
            }
        });
    }

    /** The tree's text and the final newline, collected once: no copy of the whole file to add one byte. */
    private static byte[] toBytes(ObjectNode root) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
            WRITER.writeValue(bytes, root);
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree built in memory could not be written", e);
        }
    }
}
