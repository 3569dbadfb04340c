package org.touchmap.edit;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.MapConsistency;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Note;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A stage or lane removed takes its notes along, or hands them on with its cards, and undo brings all back. */
class NotesFollowStructureTest {
    private static JourneyMap clinicWithThoughts() {
        JourneyMap map = MedicalClinicMap.build();
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        map.addLane(thoughts);
        map.addNote(new Note("n1", "Is it serious?", "awareness", "thoughts"));
        map.addNote(new Note("n2", "Who is near?", "search", "thoughts"));
        map.addNote(new Note("n3", "Open on Saturday?", "search", "thoughts"));
        return map;
    }

    private static List<String> notes(JourneyMap map) {
        return map.notes().stream().map(note -> note.id() + "@" + note.stageId()).toList();
    }

    private static void undoAndRedoKeepTheMap(CommandStack stack, JourneyMap before) {
        JourneyMap after = stack.map().copy();
        stack.undo();
        assertEquals(before, stack.map(), "undo brings every note back in its place");
        stack.redo();
        assertEquals(after, stack.map());
        assertEquals(List.of(), MapConsistency.problems(stack.map()));
    }

    @Test
    void aLaneRemovedTakesItsNotesAlong() {
        JourneyMap before = clinicWithThoughts();
        CommandStack stack = new CommandStack(before.copy());

        stack.execute(new RemoveLane("thoughts", LaneRemoval.REMOVE_CARDS));

        assertEquals(List.of(), stack.map().notes());
        undoAndRedoKeepTheMap(stack, before);
    }

    @Test
    void aStageRemovedHandsItsNotesOnWithItsCards() {
        JourneyMap before = clinicWithThoughts();
        CommandStack stack = new CommandStack(before.copy());

        stack.execute(new RemoveStage("search", StageRemoval.moveCardsTo("awareness")));

        assertEquals(List.of("n1@awareness", "n2@awareness", "n3@awareness"), notes(stack.map()));
        undoAndRedoKeepTheMap(stack, before);
    }

    @Test
    void aStageRemovedWithItsCardsTakesItsNotesAlong() {
        JourneyMap before = clinicWithThoughts();
        CommandStack stack = new CommandStack(before.copy());

        stack.execute(new RemoveStage("search", StageRemoval.REMOVE_CARDS));

        assertEquals(List.of("n1@awareness"), notes(stack.map()));
        undoAndRedoKeepTheMap(stack, before);
    }

    @Test
    void aLaneKeepsAKindThatHoldsWhatItHas() {
        JourneyMap map = clinicWithThoughts();
        map.addLane(new Lane("empty", "New lane"));

        assertFalse(LaneProperties.KIND.change("online", LaneKind.THOUGHTS).isExecutable(map), "cards stay in a card lane");
        assertFalse(LaneProperties.KIND.change("thoughts", LaneKind.TOUCHPOINTS).isExecutable(map), "notes stay in a notes lane");
        assertTrue(LaneProperties.KIND.change("thoughts", LaneKind.PAIN_POINTS).isExecutable(map), "one notes kind to another");
        assertTrue(LaneProperties.KIND.change("empty", LaneKind.BACKSTAGE).isExecutable(map), "an empty lane takes any kind");
    }

    @Test
    void aNoteIsAddedOnlyToANotesLane() {
        JourneyMap map = clinicWithThoughts();
        assertFalse(AddNote.newNote(map, "x", "search", "online").isExecutable(map));
        CommandStack stack = new CommandStack(map);
        stack.execute(AddNote.newNote(map, "Is there parking?", "search", "thoughts"));
        assertEquals("Is there parking?", stack.map().notes().get(3).name());
        assertEquals(List.of(), MapConsistency.problems(stack.map()));
    }
}
