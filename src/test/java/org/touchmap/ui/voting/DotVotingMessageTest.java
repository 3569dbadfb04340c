package org.touchmap.ui.voting;

import org.junit.jupiter.api.Test;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The voting window's message tells of the last vote only while the map is as that vote left it. */
class DotVotingMessageTest {
    private Document document = new Document(MedicalClinicMap.build(), null);
    private final Selection selection = new Selection();
    private final DotVoting voting = new DotVoting(() -> document, selection);

    @Test
    void theMessageOfAVoteStaysUntilTheMapChangesOtherwise() {
        assertTrue(voting.addParticipant("Mia"));
        selection.selectTouchpoints(List.of("tp-ad"));
        assertTrue(voting.giveDot());
        String gave = voting.messageProperty().get();
        assertFalse(gave.isEmpty());

        voting.mapChanged();
        assertEquals(gave, voting.messageProperty().get(), "the vote's own change leaves its message");

        document.undo();
        voting.mapChanged();
        assertEquals("", voting.messageProperty().get(), "an undone vote is not announced any more");
    }

    @Test
    void anotherMapOpenedClearsTheMessage() {
        assertTrue(voting.addParticipant("Mia"));
        assertFalse(voting.addParticipant("Mia"), "a name taken leaves a message");
        assertFalse(voting.messageProperty().get().isEmpty());

        document = new Document(MedicalClinicMap.build(), null);
        voting.mapChanged();

        assertEquals("", voting.messageProperty().get());
    }
}
