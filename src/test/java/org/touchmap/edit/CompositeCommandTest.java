package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;

class CompositeCommandTest {
    private final List<String> log = new ArrayList<>();
    private final JourneyMap map = new JourneyMap("Map");
    private final CommandStack stack = new CommandStack(map);

    @Test
    void partsRunInOrderAndUndoInReverseOrderAsOneStep() {
        Description batch = Description.of("touchpoints.change", 3);
        stack.execute(new CompositeCommand(batch, List.of(
                new TitleSuffix(" A", log), new TitleSuffix(" B", log), new TitleSuffix(" C", log))));

        assertEquals("Map A B C", map.title());
        assertEquals(Optional.of(batch), stack.undoDescription());

        stack.undo();
        assertEquals("Map", map.title());
        assertFalse(stack.canUndo());
        assertEquals(List.of("do  A", "do  B", "do  C", "undo  C", "undo  B", "undo  A"), log);

        stack.redo();
        assertEquals("Map A B C", map.title());
    }

    @Test
    void aPartThatCannotRunUndoesThePartsBeforeIt() {
        Command refusing = new TitleSuffix(" X", log) {
            @Override
            public boolean isExecutable(JourneyMap m) {
                return false;
            }
        };
        CompositeCommand composite = new CompositeCommand(Description.of("touchpoints.change", 3),
                List.of(new TitleSuffix(" A", log), new TitleSuffix(" B", log), refusing));

        assertTrue(composite.isExecutable(map), "only the first part can be judged up front");
        assertThrows(IllegalArgumentException.class, () -> stack.execute(composite));

        assertEquals("Map", map.title());
        assertEquals(List.of("do  A", "do  B", "undo  B", "undo  A"), log);
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }

    @Test
    void laterPartsSeeTheEffectOfEarlierOnes() {
        JourneyMap clinic = MedicalClinicMap.build();
        JourneyMap before = clinic.copy();
        CommandStack clinicStack = new CommandStack(clinic);
        AddTouchpoint add = AddTouchpoint.newCard(clinic, "Callback", org.touchmap.model.ChannelCatalog.resolve("phone-call"),
                new Placement("compare", "offline", 0, 180));

        clinicStack.execute(new CompositeCommand(Description.of("touchpoint.add", "Callback"), List.of(
                add, TouchpointProperties.RATING.change(add.touchpointId(), Rating.POSITIVE))));

        assertEquals(Rating.POSITIVE, clinic.touchpoint(add.touchpointId()).rating());
        clinicStack.undo();
        assertEquals(before, clinic);
    }

    @Test
    void aCompositeIsNeverMergedWith() {
        CompositeCommand composite = new CompositeCommand(Description.of("touchpoints.change", 1),
                List.of(new TitleSuffix(" A", log, true)));

        assertEquals(Optional.empty(), composite.mergeWith(new TitleSuffix(" B", log, true)));
    }
}
