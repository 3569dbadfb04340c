package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.CardAnatomy;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class MapCanvasTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private JourneyMap map;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        map = MedicalClinicMap.build();
        canvas = CanvasWindow.show(stage, map, 1200);
    }

    @Test
    void showsOneCardPerTouchpointAndOneArrowPerLink(FxRobot robot) {
        assertEquals(map.touchpoints().size(), robot.lookup(".card").queryAll().size());
        assertEquals(canvas.mapLayout().connectors().size(), robot.lookup(".connector").queryAll().size());
        assertEquals(1, robot.lookup(".connector.next-chain").queryAll().size());
        assertEquals(map.stages().size(), robot.lookup(".stage-header").queryAll().size());
    }

    @Test
    void aLaneOfItsOwnColourTintsItsRowWhereverItSits(FxRobot robot) {
        String firstLane = map.lanes().get(0).id();
        robot.interact(() -> {
            map.lane(firstLane).setColor("#e69f00");
            canvas.refresh();
        });

        javafx.scene.layout.Region firstRow = robot.lookup(".lane-row").<javafx.scene.layout.Region>queryAll().stream()
                .min(java.util.Comparator.comparingDouble(Node::getLayoutY)).orElseThrow();
        javafx.scene.paint.Paint fill = firstRow.getBackground().getFills().get(0).getFill();
        assertEquals(javafx.scene.paint.Color.web("#e69f0022"), fill, "the first (even) row shows the lane's colour");
    }

    @Test
    void clickingACardSelectsItAndShowsItsFocusRing(FxRobot robot) {
        robot.clickOn(cardName(robot, "Booking by phone"));
        assertEquals(Set.of("tp-phone"), canvas.selectedTouchpointIds());
        Node card = cardNode(robot, "tp-phone");
        assertTrue(card.getPseudoClassStates().contains(SELECTED));
        assertTrue(robot.from(card).lookup(".card-focus").query().isVisible());

        robot.clickOn(cardName(robot, "Check-in at reception"));
        assertEquals(Set.of("tp-reception"), canvas.selectedTouchpointIds(), "a plain click selects only that card");
        assertFalse(card.getPseudoClassStates().contains(SELECTED));
    }

    @Test
    void shiftClickAddsToTheSelectionAndClickOnEmptyCanvasClearsIt(FxRobot robot) {
        robot.clickOn(cardName(robot, "Booking by phone"));
        robot.press(KeyCode.SHIFT).clickOn(cardName(robot, "Doctor's Q&A blog")).release(KeyCode.SHIFT);
        assertEquals(Set.of("tp-phone", "tp-blog"), canvas.selectedTouchpointIds());

        var empty = canvas.mapLayout().cell("awareness", "offline").orElseThrow();
        Node content = robot.lookup(".map-content").query();
        robot.clickOn(content.localToScreen(empty.centerX(), empty.centerY()));
        assertTrue(canvas.selectedTouchpointIds().isEmpty());
        assertTrue(robot.lookup(".card").queryAll().stream()
                .noneMatch(node -> node.getPseudoClassStates().contains(SELECTED)));
    }

    @Test
    void refreshShowsChangesAndKeepsTheSelection(FxRobot robot) {
        robot.clickOn(cardName(robot, "Question in the site chat"));
        robot.interact(() -> {
            map.touchpoint("tp-chat").setRating(Rating.POSITIVE);
            map.touchpoint("tp-chat").setName("Chat answered in a minute");
            canvas.refresh();
        });
        Node card = cardNode(robot, "tp-chat");
        assertTrue(card.getStyleClass().contains("positive"));
        assertEquals("Chat answered in a minute", robot.from(card).lookup(".card-name").queryAs(Text.class).getText());
        assertEquals(Set.of("tp-chat"), canvas.selectedTouchpointIds());
        assertTrue(card.getPseudoClassStates().contains(SELECTED), "the new node shows the kept selection");
    }

    @Test
    void iconsAreDrawnInTheIconFontNotInTheTextFont(FxRobot robot) {
        Text channelIcon = robot.from(cardNode(robot, "tp-phone")).lookup(".card-channel-icon").queryAs(Text.class);
        Text name = robot.from(cardNode(robot, "tp-phone")).lookup(".card-name").queryAs(Text.class);
        assertEquals("Material Design Icons", channelIcon.getFont().getFamily());
        assertEquals("DejaVu Sans", name.getFont().getFamily());
    }

    @Test
    void refreshKeepsTheNodesOfUnchangedCardsAndReplacesChangedOnes(FxRobot robot) {
        Node unchanged = cardNode(robot, "tp-doctor");
        Node changed = cardNode(robot, "tp-form");
        robot.interact(() -> {
            map.touchpoint("tp-form").setKeyPoint(true);
            map.touchpoint("tp-doctor").setY(16); // lower, still clear of the payment card below
            canvas.refresh();
        });
        assertSame(unchanged, cardNode(robot, "tp-doctor"));
        assertNotSame(changed, cardNode(robot, "tp-form"));
        assertTrue(cardNode(robot, "tp-form").getStyleClass().contains("key-point"));
        var doctorBox = canvas.mapLayout().card("tp-doctor").orElseThrow().bounds();
        assertEquals(doctorBox.y(), unchanged.getLayoutY(), 1e-9, "the kept card moved to its new place");
    }

    @Test
    void aNameThatNeedsAThirdLineIsShownWholeOneSizeSmaller(FxRobot robot) {
        String russian = "Контекстная реклама «Аллерголог без очередей»";
        robot.interact(() -> {
            map.touchpoint("tp-payment").setName(russian);
            canvas.refresh();
        });
        Text name = robot.from(cardNode(robot, "tp-payment")).lookup(".card-name").queryAs(Text.class);
        assertEquals(russian, name.getText());
        assertEquals(CardAnatomy.NAME_SMALLER_FONT_SIZE, name.getFont().getSize(), 1e-9);
        assertTrue(name.getLayoutBounds().getHeight() <= canvas.mapLayout().cardAnatomy().nameBox().height() + 0.5);
    }

    @Test
    void aNameThatFitsKeepsTheFullSize(FxRobot robot) {
        Text name = robot.from(cardNode(robot, "tp-phone")).lookup(".card-name").queryAs(Text.class);
        assertEquals(CardAnatomy.NAME_FONT_SIZE, name.getFont().getSize(), 1e-9);
    }

    @Test
    void longNamesAreCutWithAnEllipsis(FxRobot robot) {
        robot.interact(() -> {
            map.touchpoint("tp-payment").setName("Оплата на ресепшене: в чеке анализы, о которых пациентке "
                    + "не сказали заранее, и никто не объяснил почему");
            canvas.refresh();
        });
        Text name = robot.from(cardNode(robot, "tp-payment")).lookup(".card-name").queryAs(Text.class);
        assertTrue(name.getText().endsWith("…"), name.getText());
        assertTrue(name.getText().startsWith("Оплата на ресепшене"));
        assertTrue(name.getLayoutBounds().getHeight() <= canvas.mapLayout().cardAnatomy().nameBox().height() + 0.5);
    }

    @Test
    void mapWithoutStagesShowsAHintInsteadOfAGrid(FxRobot robot) {
        robot.clickOn(cardName(robot, "Booking by phone"));
        robot.interact(() -> canvas.show(new JourneyMap("Blank map")));
        assertTrue(robot.lookup(".card").queryAll().isEmpty());
        assertTrue(canvas.selectedTouchpointIds().isEmpty(), "a new map starts without a selection");
        String hint = robot.lookup(".empty-message").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(hint.startsWith("This map has no stages"), hint);
    }

    @Test
    void zoomStepsAndStaysInRange(FxRobot robot) {
        robot.interact(canvas.navigation()::zoomIn);
        assertEquals(1.1, canvas.navigation().getZoom(), 1e-9);
        robot.interact(() -> {
            canvas.navigation().resetZoom();
            canvas.navigation().zoomOut();
        });
        assertEquals(0.9, canvas.navigation().getZoom(), 1e-9);
        robot.interact(() -> canvas.navigation().setZoom(50));
        assertEquals(CanvasNavigation.MAX_ZOOM, canvas.navigation().getZoom(), 1e-9);
        Node content = robot.lookup(".map-content").query();
        assertEquals(canvas.mapLayout().bounds().width() * CanvasNavigation.MAX_ZOOM,
                content.getBoundsInParent().getWidth(), 1.0, "the drawing is scaled");
    }

    @Test
    void fitToWindowShowsTheWholeMap(FxRobot robot) {
        robot.interact(() -> canvas.navigation().setZoom(3));
        robot.interact(canvas.navigation()::fitToWindow);
        WaitForAsyncUtils.waitForFxEvents();
        Node content = robot.lookup(".map-content").query();
        var viewport = robot.lookup(".map-scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).getViewportBounds();
        assertTrue(canvas.navigation().getZoom() < 1, "the clinic map is larger than the window");
        assertTrue(content.getBoundsInParent().getWidth() <= viewport.getWidth() + 1);
        assertTrue(content.getBoundsInParent().getHeight() <= viewport.getHeight() + 1);
    }

    private static Text cardName(FxRobot robot, String text) {
        List<Text> matches = robot.lookup(".card-name").queryAllAs(Text.class).stream()
                .filter(label -> label.getText().equals(text)).toList();
        assertEquals(1, matches.size(), "one card named " + text);
        return matches.get(0);
    }

    private static Node cardNode(FxRobot robot, String touchpointId) {
        return robot.lookup(".card").queryAllAs(CardNode.class).stream()
                .filter(card -> card.touchpointId().equals(touchpointId)).findFirst().orElseThrow();
    }
}
