package org.touchmap.ui.properties;

import java.util.List;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class PropertyPanelTest {
    private PanelHarness harness;

    @Start
    void start(Stage stage) {
        harness = new PanelHarness(stage);
    }

    @AfterAll
    static void theme() {
        PanelHarness.restoreDefaultTheme();
    }

    private void select(FxRobot robot, String... cardIds) {
        robot.interact(() -> harness.selection.selectTouchpoints(List.of(cardIds)));
        harness.settle(robot);
    }

    /** What a closed drop-down list shows: the cell on its face. */
    private static ListCell<?> face(ComboBox<?> box) {
        return (ListCell<?>) box.getChildrenUnmodifiable().stream().filter(node -> node instanceof ListCell)
                .findFirst().orElseThrow();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#property-panel-title").queryAs(Label.class).getText();
    }

    @Test
    void withNothingSelectedThePanelEditsTheMap(FxRobot robot) {
        harness.settle(robot);
        assertEquals("Map", title(robot));
        robot.clickOn("#map-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Clinic, spring survey").type(KeyCode.ENTER);
        assertEquals("Clinic, spring survey", harness.map().title());
    }

    @Test
    void clickingNegativeRatesTheCardAndOneUndoRestoresIt(FxRobot robot) {
        select(robot, "tp-page");
        assertEquals("Touchpoint", title(robot));
        ToggleButton positive = harness.reveal(robot, "#rating-positive");
        ToggleButton negative = robot.lookup("#rating-negative").queryAs(ToggleButton.class);
        assertTrue(positive.isSelected());

        robot.clickOn(negative);
        assertEquals(Rating.NEGATIVE, harness.map().touchpoint("tp-page").rating());
        assertTrue(negative.isSelected());
        assertFalse(positive.isSelected());

        robot.interact(() -> harness.commands().undo());
        assertEquals(Rating.POSITIVE, harness.map().touchpoint("tp-page").rating());
        assertTrue(positive.isSelected(), "the panel follows the undo");
        assertFalse(harness.commands().canUndo(), "the rating was one step");
    }

    @Test
    void aChannelGuessedFromTheNameIsDroppedAndTakenBackInOneClickEach(FxRobot robot) {
        robot.interact(() -> {
            harness.commands().execute(TouchpointProperties.CHANNEL.change("tp-phone", ChannelCatalog.OTHER));
            harness.commands().execute(TouchpointProperties.NAME.change("tp-phone", "Card payment at the desk"));
        });
        select(robot, "tp-phone");
        assertEquals("payment", harness.map().touchpoint("tp-phone").channelId(), "guessed with the rename");
        assertEquals("Guessed from the card's name",
                robot.lookup("#channel-suggestion").queryAs(Label.class).getText());

        robot.clickOn(harness.<Button>reveal(robot, "#channel-suggestion-action"));
        assertEquals(ChannelCatalog.OTHER, harness.map().touchpoint("tp-phone").channelId());
        assertEquals("The name suggests: Payment / checkout",
                robot.lookup("#channel-suggestion").queryAs(Label.class).getText());

        robot.clickOn(harness.<Button>reveal(robot, "#channel-suggestion-action"));
        assertEquals("payment", harness.map().touchpoint("tp-phone").channelId());
        robot.interact(() -> harness.commands().undo());
        assertEquals(ChannelCatalog.OTHER, harness.map().touchpoint("tp-phone").channelId(), "one click, one step");
    }

    @Test
    void clickingThePressedRatingTakesTheRatingAway(FxRobot robot) {
        select(robot, "tp-phone");
        robot.clickOn(harness.<ToggleButton>reveal(robot, "#rating-negative"));
        assertEquals(Rating.UNRATED, harness.map().touchpoint("tp-phone").rating());
        String tooltip = robot.lookup("#rating-negative").queryAs(ToggleButton.class).getTooltip().getText();
        assertTrue(tooltip.contains("Alt+3"), tooltip);
    }

    @Test
    void threeCardsShowMixedValuesAndAreRatedTogetherInOneUndoStep(FxRobot robot) {
        select(robot, "tp-ad");
        select(robot, "tp-ad", "tp-page", "tp-blog");
        assertEquals("3 cards", title(robot));
        TextField name = robot.lookup("#touchpoint-name").queryAs(TextField.class);
        assertEquals("", name.getText());
        assertEquals("Mixed values", name.getPromptText());
        ComboBox<?> category = robot.lookup("#touchpoint-category").queryAs(ComboBox.class);
        assertEquals("Mixed values", face(category).getText(), "a drop-down says so too");
        assertTrue(robot.lookup(".rating-button").queryAllAs(ToggleButton.class).stream()
                .noneMatch(ToggleButton::isSelected));

        robot.clickOn(harness.<ToggleButton>reveal(robot, "#rating-negative"));
        for (String id : List.of("tp-ad", "tp-page", "tp-blog")) {
            assertEquals(Rating.NEGATIVE, harness.map().touchpoint(id).rating(), id);
        }
        robot.interact(() -> harness.commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map(), "one undo brings all three back");
        assertFalse(harness.commands().canUndo());
    }

    @Test
    void anOutOfRangeNpsIsRefusedNextToTheFieldAndTheMapStaysAsItWas(FxRobot robot) {
        select(robot, "tp-page");
        TextField nps = harness.reveal(robot, "#metric-nps");
        robot.clickOn(nps).write("150").type(KeyCode.ENTER);

        Label error = robot.from(nps.getParent()).lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).findFirst().orElseThrow();
        assertEquals("NPS must be between \u2212100 and 100.", error.getText());
        assertEquals(MedicalClinicMap.build(), harness.map());
        assertFalse(harness.commands().canUndo());
        assertEquals("150", nps.getText(), "the typed text stays for the person to fix");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("45").type(KeyCode.ENTER);
        assertEquals(45.0, harness.map().touchpoint("tp-page").metrics().get(Metric.NPS));
        assertFalse(error.isVisible());
    }

    @Test
    void aStagesVisitorsAreEditedAsAWholeNumber(FxRobot robot) {
        robot.interact(() -> harness.selection.selectStage("search"));
        harness.settle(robot);
        assertEquals("Stage", title(robot));
        TextField visitors = harness.reveal(robot, "#stage-visitors");
        assertEquals("1800", visitors.getText());

        robot.clickOn(visitors).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2,500").type(KeyCode.ENTER);
        assertEquals(2500L, harness.map().stage("search").visitors());
        assertEquals("2500", visitors.getText());

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("-4").type(KeyCode.ENTER);
        assertEquals(2500L, harness.map().stage("search").visitors());
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("Visitors must be a whole number, 0 or more.")));

        robot.type(KeyCode.ESCAPE);
        assertEquals("2500", visitors.getText(), "Escape brings the stored value back");
    }

    @Test
    void enterWithoutAChangeMakesNoUndoStep(FxRobot robot) {
        select(robot, "tp-page");
        robot.clickOn("#touchpoint-name").type(KeyCode.ENTER);
        robot.clickOn("#touchpoint-description");
        assertFalse(harness.commands().canUndo());
    }

    @Test
    void textTypedBeforeTheSelectionMovesStillGoesToTheFirstCard(FxRobot robot) {
        select(robot, "tp-phone");
        robot.clickOn("#touchpoint-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Call to book");
        select(robot, "tp-chat");

        assertEquals("Call to book", harness.map().touchpoint("tp-phone").name());
        assertEquals("Question in the site chat", robot.lookup("#touchpoint-name").queryAs(TextField.class).getText());
    }

    @Test
    void undoInAFieldWithNothingTypedUndoesTheLastChangeToTheMap(FxRobot robot) {
        select(robot, "tp-phone");
        robot.clickOn("#touchpoint-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Call to book").type(KeyCode.ENTER);
        assertEquals("Call to book", harness.map().touchpoint("tp-phone").name());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("Booking by phone", harness.map().touchpoint("tp-phone").name());
        TextField name = robot.lookup("#touchpoint-name").queryAs(TextField.class);
        assertEquals("Booking by phone", name.getText());
        assertTrue(name.isFocused(), "the person keeps typing where they were");
    }

    @Test
    void anotherChannelBringsItsDefaultsInTheSameUndoStep(FxRobot robot) {
        select(robot, "tp-phone");
        @SuppressWarnings("unchecked")
        SearchableComboBox<Channel> channel = robot.lookup("#touchpoint-channel").queryAs(SearchableComboBox.class);
        robot.interact(() -> channel.setValue(ChannelCatalog.resolve("online-chat")));

        assertEquals("online-chat", harness.map().touchpoint("tp-phone").channelId());
        assertEquals(Presence.OFFLINE, harness.map().touchpoint("tp-phone").presence(), "its Offline lane decides");
        assertTrue(robot.lookup("#touchpoint-presence-offline").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#touchpoint-presence").query().isDisabled(), "presence follows the lane");
        assertTrue(robot.lookup("#presence-from-lane").query().isVisible());
        robot.interact(() -> harness.commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void criteriaFollowTheChannelAndAScoreIsSetAndCleared(FxRobot robot) {
        select(robot, "tp-phone");
        assertTrue(robot.lookup("#score-answer-speed-2").tryQuery().isPresent(),
                "a phone call is scored on answer speed");
        assertTrue(robot.lookup("#score-design-1").tryQuery().isEmpty());
        assertEquals("The call is answered within the first rings.",
                robot.lookup("#hint-answer-speed").queryAs(Label.class).getText(), "what a good score means is shown");
        assertEquals("Average score: 2.5", robot.lookup("#criteria-average").queryAs(Label.class).getText());

        ToggleButton five = harness.reveal(robot, "#score-politeness-5");
        robot.clickOn(five);
        assertEquals(5, harness.map().touchpoint("tp-phone").criteria().get("politeness"));
        assertEquals("Average score: 2.8", robot.lookup("#criteria-average").queryAs(Label.class).getText());
        robot.clickOn(five);
        assertEquals(Map.of("answer-speed", 2, "waiting-experience", 1, "sales-script", 3),
                harness.map().touchpoint("tp-phone").criteria(), "clicking the pressed score clears it");
    }

    @Test
    void tabLeavesADescriptionForTheNextFieldInsteadOfTypingATab(FxRobot robot) {
        select(robot, "tp-page");
        robot.clickOn("#touchpoint-description").type(KeyCode.TAB);
        assertFalse(harness.map().touchpoint("tp-page").description().contains("\t"));
        assertFalse(robot.lookup("#touchpoint-description").query().isFocused());
    }

    @Test
    void aLaneIsRenamedAndAChainIsContinuedByAnother(FxRobot robot) {
        robot.interact(() -> harness.selection.selectLane("offline"));
        harness.settle(robot);
        assertEquals("Lane", title(robot));
        robot.clickOn("#lane-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("At the clinic").type(KeyCode.ENTER);
        assertEquals("At the clinic", harness.map().lane("offline").name());

        robot.interact(() -> {
            harness.selection.clear();
            harness.selection.selectChain("ch-repeat");
        });
        harness.settle(robot);
        assertEquals("Chain", title(robot));
        assertNull(harness.map().chain("ch-repeat").nextChainId());
        robot.clickOn("#chain-next");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "First visit".equals(cell.getText())).findFirst().orElseThrow());
        assertEquals("ch-first-visit", harness.map().chain("ch-repeat").nextChainId());
    }
}
