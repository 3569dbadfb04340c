package org.touchmap.edit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Snapshot;

import static org.junit.jupiter.api.Assertions.*;

class SnapshotCommandsTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00.123456Z");

    @Test
    void aSnapshotKeepsTheMapAsItWasWhenTakenToTheSecond() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);
        Rating rating = map.touchpoint("tp-phone").rating();
        stack.execute(TakeSnapshot.of(map, "before workshop", NOON));
        stack.execute(TouchpointProperties.RATING.changeAll(List.of("tp-phone"),
                rating == Rating.POSITIVE ? Rating.NEGATIVE : Rating.POSITIVE));

        Snapshot snapshot = map.snapshots().get(0);
        assertEquals("before workshop", snapshot.name());
        assertEquals(Instant.parse("2026-11-23T12:00:00Z"), snapshot.taken());
        assertEquals(rating, snapshot.map().touchpoint("tp-phone").rating());
        assertNotEquals(rating, map.touchpoint("tp-phone").rating());
        assertEquals(List.of(), snapshot.map().snapshots(), "a snapshot holds no snapshots");
    }

    @Test
    void aSecondSnapshotHoldsNoneOfTheFirst() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);
        stack.execute(TakeSnapshot.of(map, "one", NOON));
        stack.execute(TakeSnapshot.of(map, "two", NOON));

        assertEquals(List.of("one", "two"), map.snapshots().stream().map(Snapshot::name).toList());
        assertTrue(map.snapshots().get(1).map().snapshots().isEmpty());
    }

    @Test
    void removingAndRenamingAreUndoneInPlace() {
        JourneyMap map = MedicalClinicMap.build();
        CommandStack stack = new CommandStack(map);
        stack.execute(TakeSnapshot.of(map, "one", NOON));
        stack.execute(TakeSnapshot.of(map, "two", NOON));
        JourneyMap withBoth = map.copy();

        stack.execute(new RenameSnapshot(map, 0, "first"));
        stack.execute(new RemoveSnapshot(map, 0));
        assertEquals(List.of("two"), map.snapshots().stream().map(Snapshot::name).toList());

        stack.undo();
        stack.undo();
        assertEquals(withBoth, map);
    }

    @Test
    void descriptionsNameTheSnapshotInEveryLanguage() {
        JourneyMap map = MedicalClinicMap.build();
        map.addSnapshot(0, Snapshot.take("one", NOON, map));
        assertEquals("Rename snapshot \"one\" to \"first\"",
                new RenameSnapshot(map, 0, "first").description().text(Locale.ENGLISH));
        assertEquals("удаление снимка «one»", new RemoveSnapshot(map, 0).description().text(new Locale("ru")));
        assertEquals("прављење снимка „two“", TakeSnapshot.of(map, "two", NOON).description().text(new Locale("sr")));
    }

    @Test
    void aCommandForASnapshotThatIsGoneCannotRun() {
        JourneyMap map = MedicalClinicMap.build();
        map.addSnapshot(0, Snapshot.take("one", NOON, map));
        RemoveSnapshot remove = new RemoveSnapshot(map, 0);
        map.removeSnapshot(0);
        assertFalse(remove.isExecutable(map));
    }
}
