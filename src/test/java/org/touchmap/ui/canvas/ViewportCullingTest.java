package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Set;

import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;
import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/**
 * On a map far larger than the view, only what is in view (with a margin) is drawn: scrolling and
 * zooming bring cards in, dragged cards and their arrows stay drawn wherever they go, and badges
 * over cards far away are hidden as well. Zoomed far out, cards leave out their text.
 */
@ExtendWith(ApplicationExtension.class)
class ViewportCullingTest {
    /** Ten cards a cell: the map is some 9,000 px wide, the view 1,000. */
    private static final int CARDS = 400;
    private static final String NEAR = "tp0";
    /** In the last stage, top lane: far to the right of the view. */
    private static final String FAR = "tp90";

    private MapCanvas canvas;
    private Document document;

    @Start
    void start(Stage stage) {
        LargeMapWindow window = LargeMapWindow.show(stage, CARDS);
        canvas = window.canvas();
        document = window.document();
    }

    @Test
    void cardsAndArrowsFarOutsideTheViewAreNotDrawnUntilScrolledTo(FxRobot robot) {
        assertTrue(card(NEAR).isVisible());
        assertFalse(card(FAR).isVisible(), "a card some 8,000 px to the right is not drawn");
        long drawn = content().cards().stream().filter(Node::isVisible).count();
        assertTrue(drawn < CARDS / 4, drawn + " of " + CARDS + " cards drawn");
        assertTrue(content().connectors().stream().anyMatch(arrow -> !arrow.isVisible()));
        assertNull(card(FAR).getScene(), "nor is it in the scene, where even a hidden node costs its styles");
        assertTrue(content().connectors().stream().filter(arrow -> !arrow.isVisible())
                .allMatch(arrow -> arrow.getScene() == null), "nor are the arrows far away");

        robot.interact(() -> canvas.navigation().reveal(FAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card(FAR).isVisible(), "scrolling brings it in");
        assertFalse(card(NEAR).isVisible(), "and what it leaves behind is no longer drawn");
        assertNull(card(NEAR).getScene());
        assertNotNull(card(FAR).getScene());

        robot.interact(() -> canvas.navigation().setZoom(CanvasNavigation.MIN_ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(content().cards().stream().allMatch(Node::isVisible), "at 10 % the whole map is in view");
    }

    @Test
    void zoomedFarOutCardsShowOnlyTheirBoxAndRatingEdge(FxRobot robot) {
        assertTrue(drawn(card(NEAR), ".card-name"));
        robot.interact(() -> canvas.navigation().setZoom(0.4));
        assertFalse(drawn(card(NEAR), ".card-name"), "text under 6 px is unreadable and costly to draw");
        assertFalse(drawn(card(NEAR), ".card-channel-icon"));
        assertFalse(card(NEAR).hasParts(), "a card this small is drawn as one box");
        assertRatingEdgeShows(card(NEAR));

        CardNode before = card(NEAR);
        robot.interact(() -> {
            document.map().touchpoint(NEAR).setKeyPoint(true);
            canvas.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(before, card(NEAR), "a card that looks different is drawn anew");
        assertFalse(drawn(card(NEAR), ".card-name"), "and follows the zoom");
        assertRatingEdgeShows(card(NEAR));
        robot.interact(() -> canvas.navigation().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn(card(NEAR), ".card-name"));
    }

    @Test
    void cardsFarOutOfViewHoldNoPartsUntilScrolledTo(FxRobot robot) {
        assertTrue(card(NEAR).hasParts());
        assertFalse(card(FAR).hasParts(), "a card far away is an empty box until it is needed");
        long built = content().cards().stream().filter(CardNode::hasParts).count();
        assertTrue(built < CARDS / 4, built + " of " + CARDS + " cards hold their parts");

        robot.interact(() -> canvas.selectedTouchpointIds().add(FAR));
        robot.interact(() -> canvas.navigation().reveal(FAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn(card(FAR), ".card-name"));
        assertTrue(drawn(card(FAR), ".card-focus"), "a card selected while out of view shows it when it comes in");
        assertFalse(card(NEAR).hasParts(), "the card left behind lets its parts go");

        robot.interact(() -> canvas.navigation().reveal(NEAR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn(card(NEAR), ".card-name"), "and builds them again when it comes back");
    }

    @Test
    void whileTheZoomChangesCardsAreDrawnFromTheirScaledPicturesThenSharpAgain(FxRobot robot) throws Exception {
        assertTrue(card(NEAR).isCache(), "a card is drawn from a picture of itself");
        assertEquals(CacheHint.DEFAULT, card(NEAR).getCacheHint());
        robot.interact(() -> canvas.navigation().setZoom(1.5));
        assertEquals(CacheHint.SCALE, card(NEAR).getCacheHint(), "zooming scales the picture");
        assertEquals(CacheHint.SCALE, card(FAR).getCacheHint());

        Thread.sleep((long) ZoomCaching.SETTLE.toMillis() * 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CacheHint.DEFAULT, card(NEAR).getCacheHint(), "once the zoom settles it is drawn sharp");
        assertEquals(CacheHint.DEFAULT, card(FAR).getCacheHint());
    }

    @Test
    void zoomingInFromTheWholeMapBuildsOnlyTheCardsThatEndUpInView(FxRobot robot) {
        robot.interact(() -> canvas.navigation().setZoom(CanvasNavigation.MIN_ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        Set<CardNode> built = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (CardNode card : content().cards()) {
            card.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<Node>) change -> {
                while (change.next()) {
                    if (change.wasAdded()) {
                        built.add(card);
                    }
                }
            });
        }

        robot.interact(() -> canvas.navigation().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn(card(NEAR), ".card-name"));
        assertTrue(built.size() < CARDS / 4, built.size() + " of " + CARDS
                + " cards built their parts; building those that culling hides at once made Actual size take seconds");
    }

    @Test
    void zoomedFarOutCardsAreDrawnDirectlyNotFromPictures(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.navigation().setZoom(0.2));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(card(NEAR).isCache(),
                "a plain box draws as fast as its picture; redrawing thousands of pictures sharp took over a second");
        robot.interact(() -> canvas.navigation().setZoom(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card(NEAR).isCache(), "with its name and icons it is drawn from a picture again");
    }

    @Test
    void draggedCardsAndTheirArrowsStayDrawnWhereverTheyAre(FxRobot robot) {
        robot.interact(() -> canvas.selectedTouchpointIds().addAll(Set.of(NEAR, FAR)));
        assertFalse(card(FAR).isVisible());

        robot.drag(card(NEAR), MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card(NEAR).isVisible());
        assertTrue(card(FAR).isVisible(), "a dragged card far away is drawn, so it moves with the others");
        assertTrue(content().connectors().stream()
                .filter(arrow -> arrow.connector().fromTouchpointId().equals(FAR)
                        || arrow.connector().toTouchpointId().equals(FAR))
                .allMatch(Node::isVisible), "the arrows that follow it too");

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card(NEAR).isVisible());
        assertFalse(card(FAR).isVisible(), "after the drop it is culled again");
    }

    @Test
    void badgesOverCardsFarAwayAreHiddenToo(FxRobot robot) {
        Pane badges = new Pane();
        BadgeLayers.mark(badges);
        Label near = badge(NEAR);
        Label far = badge(FAR);
        robot.interact(() -> {
            badges.getChildren().addAll(near, far);
            canvas.overlay().getChildren().add(badges);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(near.isVisible());
        assertFalse(far.isVisible());

        Label added = badge(FAR);
        robot.interact(() -> badges.getChildren().add(added));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(added.isVisible(), "a badge added later is culled as well");
        assertEquals(List.of(near), badges.getChildren().stream().filter(Node::isVisible).toList());
    }

    private Label badge(String touchpointId) {
        Rect box = canvas.mapLayout().card(touchpointId).orElseThrow().bounds();
        Label badge = new Label("3");
        badge.relocate(box.x(), box.y());
        return badge;
    }

    /** The left border, 8 px wide, has the rating's colour, as the edge of a card drawn in full. */
    private void assertRatingEdgeShows(CardNode card) {
        var stroke = card.getBorder().getStrokes().get(0);
        assertEquals(8, stroke.getWidths().getLeft(), 1e-9);
        Color ratingColour = Color.web(Palette.ratingColor(document.map().touchpoint(card.touchpointId()).rating()));
        assertEquals(ratingColour, stroke.getLeftStroke(), card.touchpointId() + " " + card.face().rating());
    }

    /** Whether the card holds a part with this style class, and shows it. */
    private static boolean drawn(CardNode card, String selector) {
        Node part = card.lookup(selector);
        return card.isVisible() && part != null && part.isVisible();
    }

    private CanvasContent content() {
        return (CanvasContent) canvas.mapContent();
    }

    private CardNode card(String touchpointId) {
        return content().card(touchpointId).orElseThrow();
    }
}
