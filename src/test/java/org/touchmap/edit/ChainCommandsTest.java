package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

class ChainCommandsTest {
    private final JourneyMap clinic = MedicalClinicMap.build();
    private final JourneyMap small = SmallMap.build();

    @Test
    void aNewChainIsAddedAfterTheOthers() {
        AddChain add = AddChain.newChain(clinic, "Referral", "#CC79A7");

        assertReversible(clinic, add);

        assertEquals(2, clinic.chainIndex(add.chainId()));
        assertTrue(add.chainId().startsWith("chain-"));
        assertEquals("#cc79a7", clinic.chain(add.chainId()).color());
    }

    @Test
    void aChainWithLinksAndANextChainCanBeAddedAtAnIndex() {
        Chain pasted = new Chain("pasted", "Pasted", "#000000");
        pasted.addLink(new ChainLink("a", "e"));
        pasted.setNextChainId("back");

        assertReversible(small, new AddChain(0, pasted));

        assertEquals(pasted, small.chain("pasted"));
        assertEquals(0, small.chainIndex("pasted"));
    }

    @Test
    void aChainThatContinuesIntoItselfCanBeAddedAndUndone() {
        Chain loop = new Chain("loop", "Every month", "#000000");
        loop.setNextChainId("loop");

        assertReversible(small, AddChain.atEnd(loop));
    }

    @Test
    void aChainWithDanglingReferencesOrATakenIdIsRefused() {
        Chain dangling = new Chain("x", "X", "#000000");
        dangling.addLink(new ChainLink("a", "gone"));
        Chain continuesNowhere = new Chain("y", "Y", "#000000");
        continuesNowhere.setNextChainId("gone");

        assertFalse(AddChain.atEnd(dangling).isExecutable(small));
        assertFalse(AddChain.atEnd(continuesNowhere).isExecutable(small));
        assertFalse(AddChain.atEnd(new Chain("s1", "Clashes with a stage", "#000000")).isExecutable(small));
    }

    @Test
    void deletingAChainClearsTheNextChainOfThoseThatContinuedIntoIt() {
        CommandStack stack = assertReversible(clinic, new RemoveChain("ch-repeat"));

        assertNull(clinic.chain("ch-first-visit").nextChainId());
        stack.undo();
        assertEquals("ch-repeat", clinic.chain("ch-first-visit").nextChainId());
        assertEquals(1, clinic.chainIndex("ch-repeat"));
    }

    @Test
    void deletingAChainThatContinuesIntoItselfIsUndoable() {
        new CommandStack(small).execute(ChainProperties.NEXT_CHAIN.change("main", "main"));

        CommandStack stack = assertReversible(small, new RemoveChain("main"));

        assertNull(small.chain("back").nextChainId());
        stack.undo();
        assertEquals("main", small.chain("main").nextChainId());
        assertEquals("main", small.chain("back").nextChainId());
    }

    @Test
    void linkingAppendsOrInsertsAtTheGivenPosition() {
        LinkTouchpoints append = LinkTouchpoints.append("main", "d", "e");
        assertReversible(small, append);
        assertEquals(new ChainLink("d", "e"), small.chain("main").links().get(4));
        assertEquals(Description.of("chain.link", "Main", "Card D", "Card E"), append.description());

        assertReversible(small, LinkTouchpoints.insert("main", 0, "e", "a"));
        assertEquals(new ChainLink("e", "a"), small.chain("main").links().get(0));
        assertEquals(6, small.chain("main").linkCount());
    }

    @Test
    void severalLinksAppendedInOneStepKeepTheirOrder() {
        assertReversible(small, new CompositeCommand(Description.of("chain.link", "Back", "A", "C"), List.of(
                LinkTouchpoints.append("back", "a", "e"), LinkTouchpoints.append("back", "e", "c"))));

        assertEquals(List.of(new ChainLink("d", "a"), new ChainLink("a", "e"), new ChainLink("e", "c")),
                small.chain("back").links());
    }

    @Test
    void aLinkToAMissingCardOrToItselfOrOutsideTheChainIsRefused() {
        assertFalse(LinkTouchpoints.append("main", "a", "gone").isExecutable(small));
        assertFalse(LinkTouchpoints.append("main", "a", "a").isExecutable(small));
        assertFalse(LinkTouchpoints.append("gone", "a", "b").isExecutable(small));
        assertFalse(LinkTouchpoints.insert("main", 5, "a", "b").isExecutable(small));
        assertTrue(LinkTouchpoints.insert("main", 4, "a", "b").isExecutable(small));
    }

    @Test
    void unlinkingRemovesTheLinkAtAPositionAndUndoPutsItBack() {
        UnlinkTouchpoints unlink = new UnlinkTouchpoints("main", 2);

        assertReversible(small, unlink);

        assertEquals(List.of(new ChainLink("a", "b"), new ChainLink("b", "c"), new ChainLink("b", "d")),
                small.chain("main").links());
        assertEquals(Description.of("chain.unlink", "Main", "Card C", "Card B"), unlink.description());
        assertFalse(new UnlinkTouchpoints("main", 3).isExecutable(small));
        assertFalse(new UnlinkTouchpoints("main", -1).isExecutable(small));
    }

    @Test
    void aLinkCanBeMovedForwardsAndBackwards() {
        assertReversible(small, new MoveLink("main", 0, 3));
        assertEquals(List.of(new ChainLink("b", "c"), new ChainLink("c", "b"), new ChainLink("b", "d"),
                new ChainLink("a", "b")), small.chain("main").links());

        assertReversible(small, new MoveLink("main", 3, 1));
        assertEquals(new ChainLink("a", "b"), small.chain("main").links().get(1));
    }

    @Test
    void aLinkCannotBeMovedOutsideTheChain() {
        assertFalse(new MoveLink("main", 0, 4).isExecutable(small));
        assertFalse(new MoveLink("main", 4, 0).isExecutable(small));
        assertFalse(new MoveLink("gone", 0, 1).isExecutable(small));
    }
}
