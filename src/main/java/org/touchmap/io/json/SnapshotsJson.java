package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.ErrorText;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Snapshot;
import org.touchmap.model.UnknownFields;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional top-level {@code "snapshots"} list of a map file: named copies of the whole map,
 * each written and read like the map itself (without the format header). A file without snapshots
 * leaves the key out, so it is written exactly as before snapshots existed.
 */
final class SnapshotsJson {
    static final String KEY = "snapshots";

    private SnapshotsJson() {
    }

    /** The snapshots of the map object {@code map}, or {@code null} when it has none. */
    static List<SnapshotDto> read(FieldReader map) {
        List<FieldReader> entries = map.objects(KEY);
        if (entries.isEmpty()) {
            return null;
        }
        List<SnapshotDto> snapshots = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            FieldReader entry = entries.get(i);
            String name = entry.requiredText("name");
            String taken = entry.requiredText("taken");
            FieldReader inner = entry.object("map");
            if (inner == null) {
                throw FileProblem.at(map.pathOf(KEY).index(i), ProblemKind.FIELD_MISSING, "map");
            }
            MapDto snapshotMap = JsonToDto.read(inner);
            if (snapshotMap.snapshots() != null) {
                throw FileProblem.at(inner.pathOf(KEY), ProblemKind.FIELD_NOT_ALLOWED, ErrorText.quote(KEY));
            }
            snapshots.add(new SnapshotDto(name, taken, snapshotMap, entry.unknownFields()));
        }
        return snapshots;
    }

    /** Adds the {@code "snapshots"} list to {@code root} unless there are none. */
    static void write(ObjectNode root, List<SnapshotDto> snapshots) {
        if (snapshots == null || snapshots.isEmpty()) {
            return;
        }
        ArrayNode list = root.putArray(KEY);
        for (SnapshotDto snapshot : snapshots) {
            ObjectNode node = list.addObject();
            node.put("name", snapshot.name());
            node.put("taken", snapshot.taken());
            ObjectNode map = DtoToJson.tree(snapshot.map());
            map.remove(List.of(MapDto.FORMAT, MapDto.FORMAT_VERSION));
            node.set("map", map);
            DtoToJson.putUnknown(node, snapshot.unknownFields(), SnapshotDto.KEYS);
        }
    }

    /** The snapshots of {@code map} as DTOs, or {@code null} when it has none. */
    static List<SnapshotDto> toDtos(JourneyMap map) {
        if (map.snapshots().isEmpty()) {
            return null;
        }
        return map.snapshots().stream()
                .map(s -> new SnapshotDto(s.name(), s.taken().toString(), MapToDto.convert(s.map()), s.unknownFields().asMap()))
                .toList();
    }

    /** The snapshots in the file's DTOs, checked like the map itself. */
    static List<Snapshot> toModel(List<SnapshotDto> snapshots) {
        if (snapshots == null) {
            return List.of();
        }
        List<Snapshot> result = new ArrayList<>(snapshots.size());
        for (int i = 0; i < snapshots.size(); i++) {
            SnapshotDto dto = snapshots.get(i);
            JsonPath at = JsonPath.ROOT.key(KEY).index(i);
            result.add(new Snapshot(dto.name(), ValueChecks.instant(dto.taken(), at.key("taken")),
                    DtoToMap.convert(dto.map(), at.key("map")), UnknownFields.of(dto.unknownFields())));
        }
        return result;
    }
}
