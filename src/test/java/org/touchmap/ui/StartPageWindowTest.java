package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.io.MapFiles;
import org.touchmap.model.IndustryStarter;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MapTemplate;
import org.touchmap.model.MapTemplates;
import org.touchmap.model.StageTemplate;

import static org.junit.jupiter.api.Assertions.*;

/** File → New from template: a new person starts a map from every template, a recent file or a sample. */
class StartPageWindowTest extends SampleWindowTest {
    @Test
    void everyStageSetAndIndustryStarterMakesANewMap(FxRobot robot) {
        for (MapTemplate template : MapTemplates.all()) {
            openStartPage(robot);
            clickItem(robot, template instanceof IndustryStarter ? "#start-starters" : "#start-stage-sets", template);
            robot.clickOn("#start-take");
            WaitForAsyncUtils.waitForFxEvents();

            JourneyMap map = harness.map();
            assertEquals(template.id(), map.template());
            assertEquals(template.stageTemplate().stages().size(), map.stages().size(), template.id());
            assertEquals(List.of(), MapInvariants.problems(map));
            int cards = template instanceof IndustryStarter starter ? starter.cards().size() : 0;
            assertEquals(cards, map.touchpoints().size(), template.id());
            harness.showWholeMap(robot);
            assertEquals(cards, harness.window.canvas().lookupAll(".card").size(), "cards drawn for " + template.id());
            assertFalse(harness.window.document().isDirty());
        }
    }

    @Test
    void thePreviewNamesTheStagesAndEnterCreatesTheMap(FxRobot robot) {
        openStartPage(robot);
        clickItem(robot, "#start-starters", IndustryStarter.ONLINE_STORE);

        String preview = robot.lookup("#start-preview").queryLabeled().getText();
        assertTrue(preview.startsWith("Stages: Awareness \u2192 Consideration \u2192 Acquisition and intent"), preview);
        assertTrue(preview.contains("13 typical touchpoints"), preview);

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Online store: customer journey", harness.map().title());
    }

    @Test
    void aRecentMapOpensFromTheStartPage(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("workshop.cjm");
        MapFiles.save(MapTemplates.create(StageTemplate.SALES_PHASES, java.util.Locale.ENGLISH,
                java.time.Instant.now()), file);
        robot.interact(() -> harness.window.open(file));
        robot.interact(() -> harness.window.files().openSample(Samples.MEDICAL_CLINIC));

        openStartPage(robot);
        ListView<?> recent = robot.lookup("#start-recent").queryListView();
        assertEquals(1, recent.getItems().size());
        clickItem(robot, "#start-recent", recent.getItems().get(0));
        assertEquals("Open", robot.lookup("#start-take").queryButton().getText());
        robot.clickOn("#start-take");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(file, harness.window.document().file().orElseThrow());
        assertTrue(Files.exists(file));
    }

    @Test
    void cancellingKeepsTheMapAndUnsavedWorkIsAskedAboutFirst(FxRobot robot) {
        JourneyMap before = harness.map();
        openStartPage(robot);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, harness.map());

        robot.interact(harness.window.commands()::addCard);
        openStartPage(robot);
        clickItem(robot, "#start-stage-sets", StageTemplate.FIVE_DECISIONS);
        robot.clickOn("#start-take");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, harness.map(), "cancelling the question keeps the unsaved map");
    }

    @Test
    void escapeClosesTheStartPageWhereverItsFocusIs(FxRobot robot) {
        JourneyMap before = harness.map();
        openStartPage(robot);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-page").tryQuery().isEmpty(), "Escape closes the page as it opened");

        openStartPage(robot);
        clickItem(robot, "#start-starters", IndustryStarter.ONLINE_STORE);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-page").tryQuery().isEmpty(), "Escape closes the page after a pick in a list");
        assertSame(before, harness.map(), "Escape takes nothing");
    }

    @Test
    void theStartPageLeadsANewUserToGettingStarted(FxRobot robot) {
        openStartPage(robot);
        robot.clickOn("#start-getting-started");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-page").tryQuery().isEmpty(), "the start page made way");
        assertTrue(javafx.stage.Window.getWindows().stream().anyMatch(window -> window instanceof javafx.stage.Stage stage
                && "Getting started".equals(stage.getTitle()) && stage.isShowing()), "the getting-started page is open");
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != harness.stage).forEach(javafx.stage.Window::hide));
    }

    private static void openStartPage(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-page").tryQuery().isPresent(), "the start page is open");
    }

    private static void clickItem(FxRobot robot, String list, Object item) {
        ListView<?> view = robot.lookup(list).queryListView();
        robot.interact(() -> view.scrollTo(view.getItems().indexOf(item)));
        ListCell<?> cell = robot.from(view).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> item.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
