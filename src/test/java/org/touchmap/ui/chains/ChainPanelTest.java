package org.touchmap.ui.chains;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** Listing, adding and deleting chains in the chain panel. */
@ExtendWith(ApplicationExtension.class)
class ChainPanelTest {
    private final SimpleObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final Selection selection = new Selection();
    private int namesAskedFor;
    private final List<String> chosen = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        document.set(new Document(MedicalClinicMap.build(), null));
        ChainPanel panel = new ChainPanel(document, selection, new LinkSelection());
        panel.setOnChainAdded(() -> namesAskedFor++);
        panel.setOnChainChosen(chosen::add);
        stage.setScene(new Scene(panel, 320, 700));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void mapStaysConsistent() {
        assertEquals(List.of(), MapInvariants.problems(map()));
    }

    @Test
    void theListShowsEveryChainWithItsNumberOfLinks(FxRobot robot) {
        List<String> names = robot.lookup("#chain-list .chain-name").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("First visit", "Seasonal check-up"), names);
        List<String> counts = robot.lookup("#chain-list .chain-link-count").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("8", "1"), counts);
    }

    @Test
    void aNewChainTakesTheNextColourBecomesActiveAndAsksForItsName(FxRobot robot) {
        robot.clickOn("#chain-new");

        Chain added = map().chains().get(2);
        assertEquals(added.id(), selection.chain().get());
        assertEquals("#009e73", added.color());
        assertEquals(1, namesAskedFor, "whoever edits the name is told once");
    }

    @Test
    void pickingAChainInTheListLetsGoOfTheSelectedCardsSoThePanelShowsTheChain(FxRobot robot) {
        robot.interact(() -> selection.selectTouchpoints(List.of("tp-page")));
        robot.clickOn(robot.lookup("#chain-list .chain-name").nth(1).queryAs(Label.class));

        assertEquals("ch-repeat", selection.chain().get());
        assertEquals(Selection.Context.CHAIN, selection.context().get());
    }

    @Test
    void pickingAChainInTheListAsksForItToBeBroughtIntoView(FxRobot robot) {
        robot.clickOn(robot.lookup("#chain-list .chain-name").nth(1).queryAs(Label.class));

        assertEquals(List.of("ch-repeat"), chosen, "the main window scrolls the canvas to the chain");
    }

    @Test
    void deletingTheActiveChainLetsGoOfItAndUndoBringsItBack(FxRobot robot) {
        robot.interact(() -> selection.selectChain("ch-repeat"));
        robot.clickOn("#chain-delete");

        assertTrue(map().findChain("ch-repeat").isEmpty());
        assertNull(map().chain("ch-first-visit").nextChainId(), "the chain that continued into it no longer does");
        assertNull(selection.chain().get());
        robot.interact(() -> document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), map());
    }

    private JourneyMap map() {
        return document.get().map();
    }
}
