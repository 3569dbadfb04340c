package org.touchmap.app.cli;

import org.touchmap.analysis.CardState;
import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.NoteChange;
import org.touchmap.analysis.NoteState;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.model.JourneyMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The differences between two maps as plain JSON values in a fixed key order; see
 * {@code docs/diff-json.md}. Every key is always present, {@code null} on the side a card is not on.
 */
final class DiffJson {
    static final String FORMAT = "touchmap-diff";
    static final int VERSION = 1;
    private static final Map<ChangeKind, String> KINDS = Map.of(ChangeKind.ADDED, "added",
            ChangeKind.REMOVED, "removed", ChangeKind.MOVED_STAGE, "moved", ChangeKind.RERATED, "rerated",
            ChangeKind.RENAMED, "renamed", ChangeKind.EDITED, "edited");

    private DiffJson() {
    }

    static Map<String, Object> of(JourneyMap before, JourneyMap after, List<TouchpointChange> changes,
                                  List<NoteChange> notes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("diffVersion", VERSION);
        root.put("before", Map.of("title", before.title()));
        root.put("after", Map.of("title", after.title()));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(KINDS.get(kind), changes.stream().filter(c -> c.kind() == kind).count());
        }
        root.put("counts", counts);
        root.put("changes", changes.stream().map(DiffJson::change).toList());
        Map<String, Object> noteCounts = new LinkedHashMap<>();
        for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MOVED_STAGE, ChangeKind.EDITED)) {
            noteCounts.put(KINDS.get(kind), notes.stream().filter(c -> c.kind() == kind).count());
        }
        root.put("noteCounts", noteCounts);
        root.put("noteChanges", notes.stream().map(DiffJson::noteChange).toList());
        return root;
    }

    private static Map<String, Object> noteChange(NoteChange change) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", KINDS.get(change.kind()));
        node.put("text", change.current().text());
        node.put("before", note(change.before()));
        node.put("after", note(change.after()));
        return node;
    }

    private static Map<String, Object> note(NoteState note) {
        if (note == null) {
            return null;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", note.id());
        node.put("text", note.text());
        node.put("owner", note.owner());
        node.put("stage", note.stageId());
        node.put("stageName", note.stageName());
        node.put("lane", note.laneId());
        node.put("laneName", note.laneName());
        node.put("laneKind", note.laneKind().fileName());
        node.put("supports", note.supports());
        node.put("picture", note.picture() != null);
        return node;
    }

    private static Map<String, Object> change(TouchpointChange change) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", KINDS.get(change.kind()));
        node.put("name", change.name());
        node.put("before", card(change.before()));
        node.put("after", card(change.after()));
        return node;
    }

    private static Map<String, Object> card(CardState card) {
        if (card == null) {
            return null;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", card.id());
        node.put("name", card.name());
        node.put("stage", card.stageId());
        node.put("stageName", card.stageName());
        node.put("rating", card.rating().name().toLowerCase(Locale.ROOT));
        return node;
    }
}
