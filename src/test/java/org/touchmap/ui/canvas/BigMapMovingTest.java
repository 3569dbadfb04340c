package org.touchmap.ui.canvas;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.find.SearchBar;

import static org.junit.jupiter.api.Assertions.*;

/** On a map far larger than the view, the wheel, dragging and choosing things move the view as far as people need. */
@ExtendWith(ApplicationExtension.class)
class BigMapMovingTest {
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
    void aWheelNotchScrollsOneCardHeightAtTheZoomShown(FxRobot robot) {
        double card = LayoutSettings.defaults().cardHeight();
        double before = canvas.viewport().offset().getY();
        robot.interact(() -> wheel(-40));
        assertEquals(before + card, canvas.viewport().offset().getY(), 1, "one notch down");

        robot.interact(() -> canvas.navigation().setZoom(2));
        double zoomed = canvas.viewport().offset().getY();
        robot.interact(() -> wheel(-40));
        assertEquals(zoomed + 2 * card, canvas.viewport().offset().getY(), 1, "a card is twice as tall at 200 %");
        robot.interact(() -> wheel(40));
        assertEquals(zoomed, canvas.viewport().offset().getY(), 1, "and back up");
    }

    @Test
    void draggingACardPastTheEdgeOfTheViewScrollsItAndTheCardGoesAlong(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.selectedTouchpointIds().add(NEAR));
        Point2D rightEdge = canvas.localToScreen(canvas.getWidth() - 4, 200);
        robot.drag(content().card(NEAR).orElseThrow(), MouseButton.PRIMARY).moveTo(rightEdge);
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        double scrolled = canvas.viewport().offset().getX();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(scrolled > 100, "the view scrolled right by " + scrolled + " px");
        Rect dropped = canvas.mapLayout().card(NEAR).orElseThrow().bounds();
        assertTrue(dropped.x() > canvas.getWidth(),
                "the card landed at x " + dropped.x() + ", beyond what the view first showed");
    }

    @Test
    void aChainOutOfViewIsBroughtIntoViewWhenChosen(FxRobot robot) {
        robot.interact(() -> {
            Chain far = new Chain("ch-far", "Far away", "#0072b2");
            far.addLink(new ChainLink(FAR, "tp91"));
            document.map().addChain(far);
            canvas.refresh();
        });
        assertFalse(inView(FAR));

        robot.interact(() -> canvas.navigation().revealChain("ch-far"));
        assertTrue(inView(FAR) && inView("tp91"), "both of the chain's cards are in view");

        robot.interact(() -> canvas.navigation().revealChain("ch-long"));
        Rect first = canvas.mapLayout().card("tp0").orElseThrow().bounds();
        Rect view = canvas.viewport().visibleArea(canvas.navigation().getZoom());
        assertEquals(ViewportScroll.REVEAL_MARGIN, first.x() - view.x(), 1,
                "a chain wider than the view starts a little inside its left edge");

        robot.interact(() -> canvas.navigation().revealChain("ch-far"));
        double x = canvas.viewport().offset().getX();
        robot.interact(() -> canvas.navigation().revealChain("ch-far"));
        assertEquals(x, canvas.viewport().offset().getX(), 1e-9, "a chain in full view leaves the view where it is");
    }

    @Test
    void enterInFindSelectsTheCardNamedByThePhraseAndBringsItIntoView(FxRobot robot) {
        robot.interact(() -> {
            document.map().touchpoint(NEAR).setName("Zebra crossing call 23");
            document.map().touchpoint(FAR).setName("Zebra crossing call 3");
            canvas.refresh();
        });
        SearchBar find = new SearchBar(canvas, document::map, java.util.Locale.ENGLISH);
        robot.interact(() -> {
            find.open();
            ((javafx.scene.control.TextField) find.node().lookup("#search-field")).setText("zebra crossing call 3");
            find.next();
        });

        assertEquals(java.util.Set.of(FAR), canvas.selectedTouchpointIds(), "the whole phrase first");
        assertTrue(inView(FAR), "and the view scrolled to it");
    }

    @Test
    void aCardRevealedFarAwayComesIntoView(FxRobot robot) {
        assertFalse(inView(FAR));
        robot.interact(() -> canvas.navigation().reveal(FAR));
        assertTrue(inView(FAR));
        assertFalse(inView(NEAR));
    }

    private boolean inView(String touchpointId) {
        Rect box = canvas.mapLayout().card(touchpointId).orElseThrow().bounds();
        Rect view = canvas.viewport().visibleArea(canvas.navigation().getZoom());
        return box.x() >= view.x() && box.y() >= view.y() && box.maxX() <= view.maxX() && box.maxY() <= view.maxY();
    }

    /** One wheel notch over the middle of the map, as most mice report it. */
    private void wheel(double deltaY) {
        Point2D middle = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
        ScrollEvent event = new ScrollEvent(ScrollEvent.SCROLL, middle.getX(), middle.getY(), middle.getX(),
                middle.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
        Event.fireEvent(canvas.mapContent(), event);
    }

    private CanvasContent content() {
        return (CanvasContent) canvas.mapContent();
    }
}
