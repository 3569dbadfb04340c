package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.touchmap.edit.Placement;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;
import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A workshop in the real main window, done the way a person does it: clicks, typing, key chords
 * and drags through the robot, checked on the map model and on what the window shows.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopScenarioTest {
    private static final Set<String> RATING_CLASSES = Set.of("unrated", "positive", "neutral", "negative");

    /** A card of the first visit in the medical-clinic sample: its name, its stage and its rating. */
    private record SampleCard(String name, String stage, Rating rating) {
    }

    private ScenarioWindow fixture;

    @Start
    void start(Stage stage) {
        fixture = new ScenarioWindow(stage, new Document(Samples.load(Samples.MEDICAL_CLINIC), null));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void cardsEnteredFastAndConnectedKeepTheirChainWhenARatingAndAMoveAreUndone(FxRobot robot) {
        CountedActions person = new CountedActions(robot);
        person.click("File", ScenarioWindow.text("menu.file"));
        person.click("New map", ScenarioWindow.text("action.new"));
        assertEquals(List.of(), fixture.map().touchpoints(), "File → New starts an empty map");
        String before = fixture.map().stages().get(0).name();
        String during = fixture.map().stages().get(1).name();

        person.click("the first stage's header", fixture.stageHeader(before));
        person.typeName("Contextual ad");
        person.typeName("Service page");
        person.chord("Tab", KeyCode.TAB);
        person.typeName("Booking by phone");
        person.chord("Escape", KeyCode.ESCAPE);
        fixture.assertConsistent("after fast entry");
        assertEquals(List.of(before, before, during), fixture.map().touchpoints().stream()
                .map(tp -> fixture.map().stage(tp.stageId()).name()).toList());
        assertEquals(1, fixture.map().chains().size(), "the typed cards started a chain");
        List<ChainLink> typedLinks = fixture.map().chains().get(0).links();
        assertEquals(2, typedLinks.size(), "the typed cards are linked in the order typed");

        person.click("Show all chains", "#chain-show-all");
        person.chord("Ctrl+L", KeyCode.CONTROL, KeyCode.L);
        person.click("Contextual ad", fixture.cardCentre("Contextual ad"));
        person.click("Service page", fixture.cardCentre("Service page"));
        person.chord("Escape", KeyCode.ESCAPE);
        assertFalse(robot.lookup("#toolbar-mdi2v-vector-line").queryAs(ToggleButton.class).isSelected(),
                "Escape ends the connect tool");
        robot.moveTo(fixture.cardCentre("Service page"));
        person.drag("from the handle of Service page to Booking by phone",
                fixture.cardHandle("Service page"), fixture.cardCentre("Booking by phone"));
        fixture.assertConsistent("after connecting");
        String ad = fixture.card("Contextual ad").id();
        String page = fixture.card("Service page").id();
        String phone = fixture.card("Booking by phone").id();
        List<ChainLink> chainLinks = List.of(new ChainLink(ad, page), new ChainLink(page, phone));
        assertEquals(2, fixture.map().chains().size(), "connecting with no active chain started a second one");
        assertEquals(chainLinks, fixture.map().chains().get(1).links());
        assertEquals(chainLinks, typedLinks);

        person.click("Booking by phone", fixture.cardCentre("Booking by phone"));
        fixture.settle(robot);
        person.click("Negative", "#rating-negative");
        assertEquals(Rating.NEGATIVE, fixture.card("Booking by phone").rating());
        assertTrue(cardNode(robot, "Booking by phone").getStyleClass().contains("negative"),
                "the card shows the rating");

        Placement pageBeforeMove = Placement.of(fixture.card("Service page"));
        Point2D pageCentre = fixture.cardCentre("Service page");
        person.drag("Service page into the next stage", pageCentre,
                new Point2D(fixture.stageHeader(during).getX(), pageCentre.getY()));
        assertEquals(fixture.stageId(during), fixture.card("Service page").stageId(), "the drop changed the stage");
        fixture.assertConsistent("after the move");

        person.chord("Ctrl+Z", KeyCode.CONTROL, KeyCode.Z);
        person.chord("Ctrl+Z", KeyCode.CONTROL, KeyCode.Z);
        fixture.settle(robot);

        JourneyMap map = fixture.map();
        fixture.assertConsistent("after undoing twice");
        assertEquals(pageBeforeMove, Placement.of(fixture.card("Service page")), "the move is undone");
        assertEquals(Rating.UNRATED, fixture.card("Booking by phone").rating(), "the rating is undone");
        assertEquals(List.of("Contextual ad", "Service page", "Booking by phone"),
                map.touchpoints().stream().map(Touchpoint::name).toList());
        assertEquals(List.of(chainLinks, chainLinks), map.chains().stream().map(Chain::links).toList(),
                "the chains and their links are intact");
        assertEquals(Set.of("unrated"), robot.lookup(".card").queryAll().stream()
                .map(node -> node.getStyleClass().stream().filter(RATING_CLASSES::contains)
                        .collect(Collectors.joining()))
                .collect(Collectors.toSet()), "no card is shown rated");
        assertEquals(3, robot.lookup(".card").queryAll().size());
        assertEquals(4, robot.lookup(".connector").queryAll().size(), "the arrows of both chains are shown");
        double pageX = fixture.cardCentre("Service page").getX();
        Point2D duringHeader = fixture.stageHeader(during);
        assertTrue(pageX < duringHeader.getX() - fixture.column(during).header().width() / 2,
                "Service page is shown in the first stage again");
    }

    @Test
    void aNewUserBuildsTheClinicChainInThirtyTwoActionsOrFewerAndUndoesItStepByStepToEmpty(FxRobot robot) {
        // Ctrl+N is not counted: the count starts at the empty map.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        JourneyMap empty = fixture.map().copy();
        assertEquals(List.of(), empty.touchpoints(), "the count starts at an empty map");
        List<String> stages = List.of("Problem awareness", "Information search", "Comparison of options",
                "Visit to the clinic", "After the visit");
        List<SampleCard> visit = List.of(
                new SampleCard("Contextual ad", stages.get(0), Rating.NEUTRAL),
                new SampleCard("Service page", stages.get(1), Rating.POSITIVE),
                new SampleCard("Question in the site chat", stages.get(1), Rating.NEGATIVE),
                new SampleCard("Booking by phone", stages.get(2), Rating.NEGATIVE),
                new SampleCard("Check-in at reception", stages.get(3), Rating.POSITIVE),
                new SampleCard("Patient questionnaire", stages.get(3), Rating.NEUTRAL),
                new SampleCard("Consultation with the allergist", stages.get(3), Rating.POSITIVE),
                new SampleCard("Positive review", stages.get(4), Rating.POSITIVE),
                new SampleCard("SMS and e-mail offers", stages.get(4), Rating.NEGATIVE));

        CountedActions person = new CountedActions(robot);
        // The stages are named in a row: the new map's three, then Tab past the last adds the others.
        // (A double-click on the header opens the name too, and counts as two clicks just the same.)
        person.click("the header of the first stage", fixture.stageHeader(fixture.map().stages().get(0).name()));
        person.chord("F2", KeyCode.F2);
        for (int i = 0; i < stages.size() - 1; i++) {
            person.typeName(stages.get(i), "Tab", KeyCode.TAB);
        }
        person.typeName(stages.get(stages.size() - 1));
        // The cards are typed in the order of the visit; with no chain active, the first one starts it.
        person.click("the header of " + stages.get(0), fixture.stageHeader(stages.get(0)));
        String stage = stages.get(0);
        for (SampleCard card : visit) {
            if (!card.stage().equals(stage)) {
                person.chord("Tab", KeyCode.TAB);
                stage = card.stage();
            }
            person.typeName(card.name());
            person.chord("Alt+" + ratingDigit(card.rating()), KeyCode.ALT, ratingKey(card.rating()));
        }
        System.out.printf("Building the clinic chain took %d actions:%n%s", person.count(), person.report());
        fixture.settle(robot);
        Node entry = robot.lookup(".fast-entry").query();
        Node viewport = fixture.window.canvas().lookup(".map-scroll-pane > .viewport");
        assertTrue(viewport.localToScreen(viewport.getLayoutBounds()).contains(entry.localToScreen(entry.getLayoutBounds())),
                "the field for the next name is in view in the last stage");

        assertTrue(person.count() <= 32, () -> person.count() + " actions:\n" + person.report());
        JourneyMap map = fixture.map();
        fixture.assertConsistent("after building the chain");
        assertEquals(stages, map.stages().stream().map(org.touchmap.model.Stage::name).toList());
        assertEquals(visit, map.touchpoints().stream().map(tp -> new SampleCard(tp.name(),
                map.stage(tp.stageId()).name(), tp.rating())).toList(), "nine cards in their stages, each rated");
        assertEquals(1, map.chains().size());
        Chain chain = map.chains().get(0);
        List<String> names = visit.stream().map(SampleCard::name).toList();
        assertEquals(names.subList(0, 8), chain.links().stream().map(l -> map.touchpoint(l.from()).name()).toList());
        assertEquals(names.subList(1, 9), chain.links().stream().map(l -> map.touchpoint(l.to()).name()).toList(),
                "eight links in the order the cards were typed");
        for (SampleCard card : visit) {
            String shown = card.rating().name().toLowerCase(Locale.ROOT);
            assertTrue(cardNode(robot, card.name()).getStyleClass().contains(shown),
                    () -> card.name() + " shows " + shown);
        }
        assertEquals(9, robot.lookup(".card").queryAll().size());
        assertEquals(8, robot.lookup(".connector").queryAll().size());

        int steps = 0;
        while (fixture.document().commands().canUndo()) {
            long revision = fixture.document().commands().revision();
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            steps++;
            int step = steps;
            assertNotEquals(revision, fixture.document().commands().revision(), () -> "Ctrl+Z number " + step
                    + " undid nothing; the keyboard was with " + fixture.stage.getScene().getFocusOwner());
            fixture.settle(robot);
            fixture.assertConsistent("after undo step " + steps);
            assertEquals(fixture.map().touchpoints().size(), robot.lookup(".card").queryAll().size(),
                    "the canvas shows the cards of the map after undo step " + steps);
        }
        // One step for each rename (5), added stage (2), card (9, the first with its chain) and rating (9).
        assertEquals(25, steps);
        assertEquals(empty, fixture.map(), "back to the empty map");
        assertEquals(List.of(), fixture.map().chains());
        assertEquals(0, robot.lookup(".card").queryAll().size());
    }

    /** The digit that, with Alt, gives a rating: 1 positive, 2 neutral, 3 negative, 0 unrated. */
    private static int ratingDigit(Rating rating) {
        return switch (rating) {
            case POSITIVE -> 1;
            case NEUTRAL -> 2;
            case NEGATIVE -> 3;
            case UNRATED -> 0;
        };
    }

    private static KeyCode ratingKey(Rating rating) {
        return KeyCode.valueOf("DIGIT" + ratingDigit(rating));
    }

    /** The card drawn with this name. */
    private static Node cardNode(FxRobot robot, String name) {
        return robot.lookup(".card-name").queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals(name)).findFirst()
                .map(Node::getParent).orElseThrow(() -> new AssertionError("no card shows " + name));
    }
}
