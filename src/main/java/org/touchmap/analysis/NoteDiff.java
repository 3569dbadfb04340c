package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

/**
 * The differences between two maps' notes and process steps, as {@link MapDiff} finds the cards'.
 * Notes are matched by id first; notes still unmatched by the same text (compared as names are)
 * in the corresponding stage. Changes follow the map after, in its order of notes; removed notes
 * come last, in the order of the map before.
 */
public final class NoteDiff {
    private NoteDiff() {
    }

    public static List<NoteChange> between(JourneyMap before, JourneyMap after) {
        Map<String, String> stageInAfter = StageMatch.of(before, after);
        Map<Note, Note> matchedBefore = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Note note : after.notes()) {
            before.findNote(note.id()).ifPresent(old -> {
                matchedBefore.put(note, old);
                taken.add(old.id());
            });
        }
        Map<String, List<Note>> unmatchedBefore = new HashMap<>();
        for (Note old : before.notes()) {
            String stage = stageInAfter.get(old.stageId());
            if (!taken.contains(old.id()) && stage != null) {
                unmatchedBefore.computeIfAbsent(key(stage, old.name()), k -> new ArrayList<>()).add(old);
            }
        }
        List<NoteChange> changes = new ArrayList<>();
        for (Note note : after.notes()) {
            Note old = matchedBefore.get(note);
            if (old == null) {
                List<Note> candidates = unmatchedBefore.getOrDefault(key(note.stageId(), note.name()), List.of());
                old = candidates.isEmpty() ? null : candidates.remove(0);
                if (old != null) {
                    taken.add(old.id());
                }
            }
            NoteState now = NoteState.of(after, note);
            if (old == null) {
                changes.add(new NoteChange(ChangeKind.ADDED, null, now));
                continue;
            }
            NoteState then = NoteState.of(before, old);
            boolean sameStage = note.stageId().equals(stageInAfter.get(old.stageId()));
            if (!sameStage || !then.laneName().equals(now.laneName()) && !then.laneId().equals(now.laneId())) {
                changes.add(new NoteChange(ChangeKind.MOVED_STAGE, then, now));
            }
            if (then.differsBesidesItsPlace(now)) {
                changes.add(new NoteChange(ChangeKind.EDITED, then, now));
            }
        }
        for (Note old : before.notes()) {
            if (!taken.contains(old.id())) {
                changes.add(new NoteChange(ChangeKind.REMOVED, NoteState.of(before, old), null));
            }
        }
        return changes;
    }

    private static String key(String stageId, String text) {
        return stageId + "\n" + MapDiff.sameNameKey(text);
    }
}
