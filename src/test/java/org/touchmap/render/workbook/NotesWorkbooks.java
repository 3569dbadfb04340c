package org.touchmap.render.workbook;

import java.util.List;

import org.touchmap.io.MapFileException;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

/** The clinic sample with lanes of notes: thoughts, pain points, opportunities and a backstage process step. */
final class NotesWorkbooks {
    private NotesWorkbooks() {
    }

    static JourneyMap clinicWithNotes(String language) throws MapFileException {
        JourneyMap map = ExportedWorkbooks.sample(language);
        map.addLane(lane("thoughts", "Thoughts", LaneKind.THOUGHTS));
        map.addLane(lane("pains", "Pain points", LaneKind.PAIN_POINTS));
        map.addLane(lane("ideas", "Ideas", LaneKind.OPPORTUNITIES));
        map.addLane(lane("backstage", "Behind the desk", LaneKind.BACKSTAGE));
        map.addNote(new Note("n-think", "Is it serious?", "awareness", "thoughts"));
        map.addNote(new Note("n-pain", "Six rings and no answer", "decide", "pains"));
        map.addNote(new Note("n-pain2", "Queue at the desk", "decide", "pains"));
        map.addNote(new Note("n-idea", "Call back within an hour", "decide", "ideas"));
        Note step = new Note("n-step", "Nurse calls back", "decide", "backstage");
        step.setOwner("Nurse");
        step.setSupports(List.of("tp-phone"));
        map.addNote(step);
        return map;
    }

    private static Lane lane(String id, String name, LaneKind kind) {
        Lane lane = new Lane(id, name);
        lane.setKind(kind);
        return lane;
    }
}
