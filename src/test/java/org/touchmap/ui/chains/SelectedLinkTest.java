package org.touchmap.ui.chains;

import org.junit.jupiter.api.Test;
import org.touchmap.layout.Connector;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class SelectedLinkTest {
    private final JourneyMap map = MedicalClinicMap.build();

    @Test
    void aLinkStillInItsPlaceStaysSelected() {
        SelectedLink link = new SelectedLink("ch-first-visit", 2, "tp-chat", "tp-phone");
        assertEquals(link, link.in(map).orElseThrow());
    }

    @Test
    void theSelectionFollowsItsLinkWhenTheLinksBeforeItMove() {
        Chain visit = map.chain("ch-first-visit");
        visit.removeLink(0);
        SelectedLink link = new SelectedLink("ch-first-visit", 2, "tp-chat", "tp-phone");
        assertEquals(1, link.in(map).orElseThrow().index());
    }

    @Test
    void aLinkThatIsGoneOrAChainThatIsGoneIsLetGo() {
        map.chain("ch-first-visit").removeLink(2);
        assertTrue(new SelectedLink("ch-first-visit", 2, "tp-chat", "tp-phone").in(map).isEmpty());
        assertTrue(new SelectedLink("ch-nowhere", 0, "tp-chat", "tp-phone").in(map).isEmpty());
    }

    @Test
    void ofTheSameTwoCardsTheNearestLinkIsChosen() {
        SelectedLink doctorToReview = new SelectedLink("ch-first-visit", 6, "tp-doctor", "tp-review");
        // The same two cards are linked again at the start, which moves the selected link one place on.
        map.chain("ch-first-visit").addLink(0, new ChainLink("tp-doctor", "tp-review"));

        assertEquals(7, doctorToReview.in(map).orElseThrow().index(), "the link that was selected, not the new one");
    }

    @Test
    void theNextChainArrowStaysSelectedWhileTheChainContinues() {
        SelectedLink next = new SelectedLink("ch-first-visit", Connector.NEXT_CHAIN_LINK, "tp-mailing", "tp-reminder");
        assertTrue(next.isNextChainArrow());
        assertTrue(next.in(map).isPresent());
        map.chain("ch-first-visit").setNextChainId(null);
        assertTrue(next.in(map).isEmpty());
    }
}
