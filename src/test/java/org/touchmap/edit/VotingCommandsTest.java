package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Voting;

class VotingCommandsTest {
    private final JourneyMap clinic = MedicalClinicMap.build();

    private void vote(Command... commands) {
        CommandStack stack = new CommandStack(clinic);
        for (Command command : commands) {
            stack.execute(command);
        }
    }

    @Test
    void addingAParticipantIsUndoable() {
        assertReversible(clinic, new AddParticipant("Anna"));
        assertEquals(List.of("Anna"), clinic.voting().participants());
        assertFalse(new AddParticipant("anna").isExecutable(clinic));
        assertFalse(new AddParticipant("  ").isExecutable(clinic));
    }

    @Test
    void aDotIsGivenAndTakenBackUndoably() {
        vote(new AddParticipant("Anna"));
        assertReversible(clinic, new AddDot("Anna", "tp-phone"));
        assertEquals(1, clinic.voting().ballot("Anna").orElseThrow().dotsOn("tp-phone"));
        assertReversible(clinic, new RemoveDot("Anna", "tp-phone"));
        assertEquals(0, clinic.voting().ballot("Anna").orElseThrow().used());
        assertFalse(new RemoveDot("Anna", "tp-phone").isExecutable(clinic));
    }

    @Test
    void noParticipantGoesOverTheLimit() {
        vote(new AddParticipant("Anna"), new AddDot("Anna", "tp-phone"), new AddDot("Anna", "tp-phone"),
                new AddDot("Anna", "tp-chat"));
        AddDot fourth = new AddDot("Anna", "tp-ad");
        assertFalse(fourth.isExecutable(clinic));
        JourneyMap before = clinic.copy();
        assertThrows(IllegalArgumentException.class, () -> new CommandStack(clinic).execute(fourth));
        assertEquals(before, clinic);
    }

    @Test
    void dotsPerPersonRefusesLessThanSomeoneUsed() {
        vote(new AddParticipant("Anna"), new AddDot("Anna", "tp-phone"), new AddDot("Anna", "tp-chat"));
        assertFalse(new SetDotsPerPerson(1).isExecutable(clinic));
        assertThrows(IllegalArgumentException.class, () -> new CommandStack(clinic).execute(new SetDotsPerPerson(1)));
        assertTrue(new SetDotsPerPerson(2).isExecutable(clinic));
        assertReversible(clinic, new SetDotsPerPerson(5));
        assertEquals(5, clinic.voting().dotsPerPerson());
    }

    @Test
    void renamingAndRemovingAParticipantAreUndoable() {
        vote(new AddParticipant("Ana"), new AddDot("Ana", "tp-phone"), new AddParticipant("Boris"));
        assertFalse(new RenameParticipant("Ana", "boris").isExecutable(clinic));
        assertReversible(clinic, new RenameParticipant("Ana", "Anna"));
        assertEquals(List.of("Anna", "Boris"), clinic.voting().participants());
        assertReversible(clinic, new RemoveParticipant("Anna"));
        assertEquals(List.of("Boris"), clinic.voting().participants());
    }

    @Test
    void deletingACardTakesItsDotsAndUndoGivesThemBack() {
        vote(new AddParticipant("Anna"), new AddDot("Anna", "tp-reception"), new AddDot("Anna", "tp-phone"));
        Voting before = clinic.voting();
        CommandStack stack = assertReversible(clinic, new RemoveTouchpoint("tp-reception"));
        assertEquals(0, clinic.voting().ballot("Anna").orElseThrow().dotsOn("tp-reception"));
        assertEquals(2, clinic.voting().remainingDots("Anna"));
        stack.undo();
        assertEquals(before, clinic.voting());
    }

    @Test
    void descriptionsNameTheParticipantAndTheCard() {
        vote(new AddParticipant("Anna"));
        AddDot dot = new AddDot("Anna", "tp-phone");
        vote(dot);
        String name = clinic.touchpoint("tp-phone").name();
        assertEquals("Give a dot of Anna to \"" + name + "\"", dot.description().text(Locale.ENGLISH));
    }
}
