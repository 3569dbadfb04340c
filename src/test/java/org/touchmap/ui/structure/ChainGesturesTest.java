package org.touchmap.ui.structure;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.Connector;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

/** Connecting cards, picking and deleting arrows, and highlighting a chain, as a person does it. */
@ExtendWith(ApplicationExtension.class)
class ChainGesturesTest {
    private static final PseudoClass FADED = PseudoClass.getPseudoClass("faded");

    private StructureHarness harness;

    @Start
    void start(Stage stage) {
        harness = new StructureHarness(stage, MedicalClinicMap.build());
    }

    @AfterEach
    void mapStaysConsistent() {
        assertEquals(List.of(), MapInvariants.problems(harness.map()));
    }

    @Test
    void draggingFromACardsHandleToAnotherCardLinksThemInTheActiveChainAndOneUndoRemovesIt(FxRobot robot) {
        robot.interact(() -> harness.selection.selectChain("ch-repeat"));
        Chain repeat = harness.map().chain("ch-repeat");
        int links = repeat.linkCount();

        dragFromHandle(robot, "tp-search", "tp-blog");

        assertEquals(links + 1, repeat.linkCount());
        assertEquals(new ChainLink("tp-search", "tp-blog"), repeat.links().get(links));
        assertEquals(List.of(), MapInvariants.problems(harness.map()));

        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map(), "one undo takes the link back");
    }

    @Test
    void withoutAnActiveChainTheDragStartsANewChainAndOneUndoRemovesChainAndLinkTogether(FxRobot robot) {
        assertNull(harness.selection.chain().get());
        int chains = harness.map().chains().size();

        dragFromHandle(robot, "tp-search", "tp-blog");

        assertEquals(chains + 1, harness.map().chains().size());
        Chain started = harness.map().chains().get(chains);
        assertEquals(List.of(new ChainLink("tp-search", "tp-blog")), started.links());
        assertEquals(started.id(), harness.selection.chain().get(), "the new chain becomes the active one");
        assertEquals("#009e73", started.color(), "the next colour of the sequence nobody uses yet");

        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void droppingOnEmptyCanvasOrOnTheSameCardLinksNothing(FxRobot robot) {
        Rect empty = harness.canvas.mapLayout().cell("awareness", "offline").orElseThrow();
        dragFromHandle(robot, "tp-search", harness.onScreen(empty.centerX(), empty.centerY()));
        dragFromHandle(robot, "tp-search", harness.centreOfCard("tp-search"));

        assertEquals(MedicalClinicMap.build(), harness.map());
        assertFalse(harness.document.get().commands().canUndo());
    }

    @Test
    void clickingAnArrowSelectsItAndDeleteRemovesItsLinkUntilUndo(FxRobot robot) {
        Connector adToPage = connector("tp-ad", "tp-page");
        Point start = adToPage.start();
        Point tip = adToPage.arrowTip();

        robot.clickOn(harness.onScreen((start.x() + tip.x()) / 2, start.y() + 1));

        assertEquals("ch-first-visit", harness.selection.chain().get(), "the arrow's chain becomes active");
        assertTrue(robot.lookup(".selected-arrow").query().isVisible(), "the arrow shows as selected");
        robot.type(KeyCode.DELETE);

        Chain visit = harness.map().chain("ch-first-visit");
        assertFalse(visit.links().contains(new ChainLink("tp-ad", "tp-page")));
        assertEquals(MedicalClinicMap.build().chain("ch-first-visit").linkCount() - 1, visit.linkCount());
        assertFalse(robot.lookup(".selected-arrow").query().isVisible());

        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map(), "undo puts the link back in its place");
    }

    @Test
    void theArrowsContextMenuMovesItsLinkLaterInTheChain(FxRobot robot) {
        Connector adToPage = connector("tp-ad", "tp-page");
        harness.requestContextMenu(robot, (adToPage.start().x() + adToPage.arrowTip().x()) / 2,
                adToPage.start().y());
        robot.clickOn(StructureText.get("action.linkLater"));

        List<ChainLink> links = harness.map().chain("ch-first-visit").links();
        assertEquals(new ChainLink("tp-ad", "tp-page"), links.get(1));
        assertEquals(1, harness.editing.linkSelection().get().index(), "the arrow stays selected at its new place");
    }

    @Test
    void theConnectToolLinksCardsInTheOrderTheyAreClickedUntilEscape(FxRobot robot) {
        robot.interact(() -> {
            harness.selection.selectChain("ch-repeat");
            harness.editing.connect.setSelected(true);
        });
        Chain repeat = harness.map().chain("ch-repeat");
        int links = repeat.linkCount();

        robot.clickOn(harness.centreOfCard("tp-ad"));
        robot.clickOn(harness.centreOfCard("tp-search"));
        robot.clickOn(harness.centreOfCard("tp-reviews"));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(harness.centreOfCard("tp-phone"));

        assertEquals(List.of(new ChainLink("tp-ad", "tp-search"), new ChainLink("tp-search", "tp-reviews")),
                repeat.links().subList(links, repeat.linkCount()), "Escape ended the tool before the last click");
        assertFalse(harness.editing.connect.isSelected());
        assertTrue(harness.selection.touchpoints().contains("tp-phone"), "after the tool a click selects again");
    }

    @Test
    void anActiveChainIsHighlightedAndShowAllEndsIt(FxRobot robot) {
        robot.clickOn(chainListRow(robot, "Seasonal check-up"));

        assertEquals("ch-repeat", harness.selection.chain().get());
        assertTrue(cardNode(robot, "tp-ad").getPseudoClassStates().contains(FADED), "a card outside the chain fades");
        assertFalse(cardNode(robot, "tp-reminder").getPseudoClassStates().contains(FADED));
        assertFalse(cardNode(robot, "tp-reception").getPseudoClassStates().contains(FADED));

        robot.clickOn("#chain-show-all");

        assertNull(harness.selection.chain().get());
        assertFalse(cardNode(robot, "tp-ad").getPseudoClassStates().contains(FADED));
        assertEquals(MedicalClinicMap.build(), harness.map(), "highlighting changes nothing in the map");
    }

    @Test
    void theChainPanelMovesALinkDownAsOneUndoStep(FxRobot robot) throws TimeoutException {
        robot.clickOn(chainListRow(robot, "First visit"));
        // The links list fills when the chain becomes active; its cells come with a later layout pulse.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chain-links-list .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(cell -> !cell.isEmpty()));
        robot.clickOn(robot.lookup("#chain-links-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#chain-link-down");

        List<ChainLink> links = harness.map().chain("ch-first-visit").links();
        assertEquals(new ChainLink("tp-page", "tp-chat"), links.get(0));
        assertEquals(new ChainLink("tp-ad", "tp-page"), links.get(1));
        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    private void dragFromHandle(FxRobot robot, String fromCard, String toCard) {
        dragFromHandle(robot, fromCard, harness.centreOfCard(toCard));
    }

    private void dragFromHandle(FxRobot robot, String fromCard, Point2D target) {
        Rect from = harness.canvas.mapLayout().card(fromCard).orElseThrow().bounds();
        robot.moveTo(harness.onScreen(from.centerX(), from.centerY()));
        robot.moveTo(harness.onScreen(from.maxX() - 1, from.centerY()));
        robot.drag(harness.onScreen(from.maxX() + 1, from.centerY()), MouseButton.PRIMARY);
        robot.moveTo(target);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Connector connector(String from, String to) {
        return harness.canvas.mapLayout().connectors().stream()
                .filter(c -> c.fromTouchpointId().equals(from) && c.toTouchpointId().equals(to))
                .findFirst().orElseThrow();
    }

    private static Node chainListRow(FxRobot robot, String name) {
        return robot.lookup("#chain-list .chain-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> label.getText().equals(name)).findFirst().orElseThrow();
    }

    private static Node cardNode(FxRobot robot, String touchpointId) {
        JourneyMap map = MedicalClinicMap.build();
        String name = map.touchpoint(touchpointId).name();
        return robot.lookup(".card").queryAll().stream()
                .filter(card -> name.equals(card.getAccessibleText().split("\n")[0])).findFirst().orElseThrow();
    }
}
