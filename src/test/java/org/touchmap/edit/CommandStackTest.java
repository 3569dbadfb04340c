package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

class CommandStackTest {
    private final List<String> log = new ArrayList<>();
    private final JourneyMap map = new JourneyMap("Map");
    private final CommandStack stack = new CommandStack(map);

    @Test
    void executeUndoAndRedoChangeTheMapAndMoveTheStep() {
        stack.execute(new TitleSuffix(" A", log));

        assertEquals("Map A", map.title());
        assertTrue(stack.canUndo());
        assertFalse(stack.canRedo());

        stack.undo();
        assertEquals("Map", map.title());
        assertFalse(stack.canUndo());
        assertTrue(stack.canRedo());

        stack.redo();
        assertEquals("Map A", map.title());
        assertEquals(List.of("do  A", "undo  A", "do  A"), log);
    }

    @Test
    void descriptionsNameTheStepsUndoAndRedoWouldTake() {
        assertEquals(Optional.empty(), stack.undoDescription());
        stack.execute(new TitleSuffix(" A", log));
        stack.execute(new TitleSuffix(" B", log));
        stack.undo();

        assertEquals(Optional.of(Description.of("map.change.title", " A")), stack.undoDescription());
        assertEquals(Optional.of(Description.of("map.change.title", " B")), stack.redoDescription());
    }

    @Test
    void executeForgetsWhatCouldBeRedone() {
        stack.execute(new TitleSuffix(" A", log));
        stack.undo();
        stack.execute(new TitleSuffix(" B", log));

        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.redoDescription());
        assertEquals("Map B", map.title());
    }

    @Test
    void undoAndRedoWithNothingToDoAreRefused() {
        assertThrows(IllegalStateException.class, stack::undo);
        assertThrows(IllegalStateException.class, stack::redo);
    }

    @Test
    void revisionChangesOnEveryExecuteUndoAndRedoButNotOnSave() {
        List<Long> revisions = new ArrayList<>(List.of(stack.revision()));
        stack.execute(new TitleSuffix(" A", log));
        revisions.add(stack.revision());
        stack.undo();
        revisions.add(stack.revision());
        stack.redo();
        revisions.add(stack.revision());
        stack.markSaved();

        assertEquals(4, revisions.stream().distinct().count(), revisions::toString);
        assertEquals(revisions.get(3), stack.revision());
    }

    @Test
    void aNewStackIsClean() {
        assertFalse(stack.isDirty());
    }

    @Test
    void executeMakesTheMapDirtyAndUndoingBackMakesItClean() {
        stack.execute(new TitleSuffix(" A", log));
        assertTrue(stack.isDirty());

        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void undoingPastTheSavedStateMakesTheMapDirtyAndRedoingCleanAgain() {
        stack.execute(new TitleSuffix(" A", log));
        stack.markSaved();
        assertFalse(stack.isDirty());

        stack.undo();
        assertTrue(stack.isDirty());

        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void aDifferentBranchIsDirtyEvenWithTheSameDepth() {
        stack.execute(new TitleSuffix(" A", log));
        stack.markSaved();
        stack.undo();
        stack.execute(new TitleSuffix(" B", log));

        assertTrue(stack.isDirty());
    }

    @Test
    void listenersHearEveryExecuteUndoRedoAndSave() {
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = calls::incrementAndGet;
        stack.addListener(listener);

        stack.execute(new TitleSuffix(" A", log));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertEquals(4, calls.get());

        stack.removeListener(listener);
        stack.undo();
        assertEquals(4, calls.get());
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearingOfTheChange() {
        AtomicInteger calls = new AtomicInteger();
        stack.addListener(() -> {
            throw new IllegalStateException("view broke");
        });
        stack.addListener(calls::incrementAndGet);

        assertThrows(IllegalStateException.class, () -> stack.execute(new TitleSuffix(" A", log)));

        assertEquals(1, calls.get());
        assertEquals("Map A", map.title());
        assertTrue(stack.canUndo());
    }

    @Test
    void listenersSeeTheChangeAlreadyDone() {
        AtomicReference<String> seen = new AtomicReference<>();
        stack.addListener(() -> seen.set(map.title() + " / dirty=" + stack.isDirty() + " / undo=" + stack.canUndo()));

        stack.execute(new TitleSuffix(" A", log));

        assertEquals("Map A / dirty=true / undo=true", seen.get());
    }

    @Test
    void aCommandThatExecutesAnotherIsRefused() {
        Command reentrant = new TitleSuffix(" A", log) {
            @Override
            public void execute(JourneyMap m) {
                stack.execute(new TitleSuffix(" nested", log));
            }
        };

        assertThrows(IllegalStateException.class, () -> stack.execute(reentrant));
        assertEquals("Map", map.title());
        assertFalse(stack.canUndo());
    }

    @Test
    void aListenerCannotStartAnotherEdit() {
        List<Exception> refused = new ArrayList<>();
        stack.addListener(() -> {
            try {
                stack.undo();
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        });

        stack.execute(new TitleSuffix(" A", log));

        assertEquals(1, refused.size());
        assertEquals("Map A", map.title());
        assertTrue(stack.canUndo());
        // The stack unlocks again once the listeners have run.
        stack.execute(new TitleSuffix(" B", log));
        assertEquals("Map A B", map.title());
    }

    @Test
    void aCommandThatIsNotExecutableIsRefusedWithoutChangingAnything() {
        JourneyMap clinic = MedicalClinicMap.build();
        CommandStack clinicStack = new CommandStack(clinic);
        AtomicInteger calls = new AtomicInteger();
        clinicStack.addListener(calls::incrementAndGet);
        long revision = clinicStack.revision();

        var error = assertThrows(IllegalArgumentException.class,
                () -> clinicStack.execute(new RemoveTouchpoint("tp-missing")));

        assertTrue(error.getMessage().contains("tp-missing"), error.getMessage());
        assertEquals(MedicalClinicMap.build(), clinic);
        assertFalse(clinicStack.canUndo());
        assertFalse(clinicStack.isDirty());
        assertEquals(revision, clinicStack.revision());
        assertEquals(0, calls.get());
    }

    @Test
    void aCommandThatFailsLeavesTheHistoryAsItWas() {
        stack.execute(new TitleSuffix(" A", log));
        long revision = stack.revision();
        Command failing = new TitleSuffix(" B", log) {
            @Override
            public void execute(JourneyMap m) {
                throw new IllegalArgumentException("bad value");
            }
        };

        assertThrows(IllegalArgumentException.class, () -> stack.execute(failing));

        assertEquals(Optional.of(Description.of("map.change.title", " A")), stack.undoDescription());
        assertEquals(revision, stack.revision());
    }

    @Test
    void mergedStepsUndoInOneStep() {
        stack.execute(new TitleSuffix(" A", log, true));
        stack.execute(new TitleSuffix(" B", log, true));
        stack.execute(new TitleSuffix(" C", log, true));

        assertEquals("Map A B C", map.title());
        stack.undo();
        assertEquals("Map", map.title());
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals("Map A B C", map.title());
    }

    @Test
    void aStepWhoseResultWasSavedIsNotMergedInto() {
        stack.execute(new TitleSuffix(" A", log, true));
        stack.markSaved();
        stack.execute(new TitleSuffix(" B", log, true));

        stack.undo();
        assertEquals("Map A", map.title());
        assertFalse(stack.isDirty());
    }

    @Test
    void aCommandAfterAnUndoOrRedoIsNotMergedIntoTheStepBelow() {
        stack.execute(new TitleSuffix(" A", log, true));
        stack.execute(new TitleSuffix(" x", log));
        stack.undo();
        stack.execute(new TitleSuffix(" B", log, true));
        stack.undo();
        assertEquals("Map A", map.title());

        stack.redo();
        stack.execute(new TitleSuffix(" C", log, true));
        stack.undo();
        assertEquals("Map A B", map.title());
    }

    @Test
    void mergingMakesANewStateSoTheOldSavedStateIsNotCleanAnyMore() {
        stack.execute(new TitleSuffix(" A", log, true));
        long afterFirst = stack.revision();
        stack.execute(new TitleSuffix(" B", log, true));

        assertNotEquals(afterFirst, stack.revision());
        assertTrue(stack.isDirty());
    }

    @Test
    void historyKeepsOnlyTheNewestStepsUpToTheLimit() {
        CommandStack limited = new CommandStack(map, 3);
        for (String s : List.of(" 1", " 2", " 3", " 4", " 5")) {
            limited.execute(new TitleSuffix(s, log));
        }

        int undone = 0;
        while (limited.canUndo()) {
            limited.undo();
            undone++;
        }
        assertEquals(3, undone);
        assertEquals("Map 1 2", map.title());
        // The start was the saved state and is out of reach now.
        assertTrue(limited.isDirty());
    }

    @Test
    void defaultHistoryKeepsFiveHundredSteps() {
        assertEquals(500, stack.historyLimit());
        assertThrows(IllegalArgumentException.class, () -> new CommandStack(map, 0));
    }

    @Test
    void nonExecutableCommandsAreNotRecorded() {
        stack.execute(new TitleSuffix(" A", log));
        Command never = new TitleSuffix(" X", log) {
            @Override
            public boolean isExecutable(JourneyMap m) {
                return false;
            }
        };

        assertInstanceOf(IllegalArgumentException.class, assertThrows(RuntimeException.class, () -> stack.execute(never)));
        assertEquals(List.of("do  A"), log);
    }
}
