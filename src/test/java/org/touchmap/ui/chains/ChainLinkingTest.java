package org.touchmap.ui.chains;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

class ChainLinkingTest {
    private final Document document = new Document(MedicalClinicMap.build(), null);
    private final Selection selection = new Selection();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aLinkGoesToTheEndOfTheActiveChain() {
        selection.selectChain("ch-repeat");
        assertEquals("ch-repeat", ChainLinking.link(document, selection, "tp-doctor", "tp-payment").orElseThrow());
        List<ChainLink> links = document.map().chain("ch-repeat").links();
        assertEquals(new ChainLink("tp-doctor", "tp-payment"), links.get(links.size() - 1));
    }

    @Test
    void withoutAnActiveChainANewChainIsStartedInTheSameUndoStep() {
        String started = ChainLinking.link(document, selection, "tp-doctor", "tp-payment").orElseThrow();

        Chain chain = document.map().chain(started);
        assertEquals("Chain 3", chain.name());
        assertEquals(List.of(new ChainLink("tp-doctor", "tp-payment")), chain.links());
        assertEquals(started, selection.chain().get());
        assertEquals("Connect \"Consultation with the allergist\" to \"Payment at the desk\" in chain \"Chain 3\"",
                document.commands().undoDescription().orElseThrow().text(Locale.ENGLISH));
        document.commands().undo();
        assertEquals(MedicalClinicMap.build(), document.map());
        assertFalse(document.commands().canUndo());
    }

    @Test
    void anActiveChainThatIsGoneCountsAsNone() {
        selection.selectChain("ch-deleted-meanwhile");
        String started = ChainLinking.link(document, selection, "tp-doctor", "tp-payment").orElseThrow();
        assertNotEquals("ch-deleted-meanwhile", started);
        assertEquals(3, document.map().chains().size());
    }

    @Test
    void aCardIsNotLinkedToItselfNorToACardThatIsGone() {
        assertTrue(ChainLinking.link(document, selection, "tp-doctor", "tp-doctor").isEmpty());
        assertTrue(ChainLinking.link(document, selection, "tp-doctor", "tp-gone").isEmpty());
        assertFalse(document.commands().canUndo());
    }

    @Test
    void newChainNamesAreNumberedAndNeverRepeatAName() {
        document.map().chain("ch-repeat").setName("Chain 3");
        assertEquals("Chain 4", ChainLinking.newChain(document.map()).name());
        assertEquals("#009e73", ChainLinking.newChain(document.map()).color());
    }
}
