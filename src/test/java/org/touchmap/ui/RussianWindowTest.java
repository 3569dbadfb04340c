package org.touchmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.StageColumn;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** The interface in Russian shows no English word where JavaFX would put its own. */
@ExtendWith(ApplicationExtension.class)
class RussianWindowTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, Locale.forLanguageTag("ru"));
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void noLabelOfTheMainWindowIsCutWithTheRussianSampleOpen(FxRobot robot) {
        // A common laptop screen, where the side panels are at their narrowest.
        robot.interact(() -> {
            harness.stage.setWidth(1366);
            harness.stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(harness.onScreen(harness.window.canvas().mapLayout().card("tp-phone").orElseThrow().bounds()));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new java.util.ArrayList<>(CutLabels.in("a card selected, analysis shown",
                List.copyOf(javafx.stage.Window.getWindows())));
        showTheFunnel(robot);
        cut.addAll(CutLabels.in("the funnel shown", List.copyOf(javafx.stage.Window.getWindows())));
        StageColumn first = harness.window.canvas().mapLayout().columns().get(0);
        robot.clickOn(harness.onScreen(first.header()));
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(CutLabels.in("a stage selected", List.copyOf(javafx.stage.Window.getWindows())));
        assertEquals(List.of(), cut);
    }

    @Test
    void withTheAnalysisOpenTheCatalogKeepsItsTitleAndTwoChannelsInView(FxRobot robot) {
        double[] before = {harness.stage.getWidth(), harness.stage.getHeight()};
        robot.interact(() -> {
            harness.stage.setWidth(1520);
            harness.stage.setHeight(900);
        });
        try {
            robot.clickOn(harness.window.canvas());
            robot.press(KeyCode.F9).release(KeyCode.F9);
            WaitForAsyncUtils.waitForFxEvents();

            javafx.scene.layout.Region catalog = robot.lookup(".catalog-panel").queryAs(javafx.scene.layout.Region.class);
            Node title = robot.lookup(".catalog-title").query();
            javafx.geometry.Bounds inCatalog = catalog.sceneToLocal(title.localToScene(title.getBoundsInLocal()));
            assertTrue(inCatalog.getMinY() >= -0.5, "the catalog's title shows whole, from " + inCatalog.getMinY());
            assertTrue(robot.lookup("#catalog-list").queryListView().getHeight() >= 60, "two channels show");
        } finally {
            robot.interact(() -> {
                harness.stage.setWidth(before[0]);
                harness.stage.setHeight(before[1]);
            });
        }
    }

    @Test
    void noTextOfTheTemplateDialogOrTheShortcutsIsCutInRussian(FxRobot robot) {
        javafx.application.Platform.runLater(() -> harness.window.files().newFromTemplate());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-page").tryQuery().isPresent(), "the template dialog is open");
        List<String> cut = new java.util.ArrayList<>(CutLabels.in("the template dialog", otherWindows()));
        robot.interact(() -> robot.lookup("#start-page").query().getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> harness.window.commands().showShortcuts());
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(CutLabels.in("the keyboard shortcuts", otherWindows()));
        assertEquals(List.of(), cut);
    }

    /** The showing windows but the main one, which the other test looks at. */
    private List<javafx.stage.Window> otherWindows() {
        return javafx.stage.Window.getWindows().stream().filter(window -> window != harness.stage).toList();
    }

    private static void showTheFunnel(FxRobot robot) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).forEach(tabs ->
                tabs.getTabs().stream()
                        .filter(tab -> tab.getContent() != null && tab.getContent().lookup("#analysis-funnel") != null)
                        .findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".funnel-stage").tryQuery().isPresent(), "the funnel is shown");
    }

    @Test
    void theStartPageButtonsAreInRussian(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node page = robot.lookup("#start-page").query();
        List<String> buttons = robot.from(page).lookup((Predicate<Node>) node -> node instanceof ButtonBase).<ButtonBase>queryAll()
                .stream().map(Labeled::getText).filter(text -> text != null && !text.isBlank()).toList();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(buttons.contains("Отмена"), buttons::toString);
        assertFalse(buttons.contains("Cancel"), buttons::toString);
    }

    @Test
    void aStageWithoutItsOwnColourShowsNoEnglishColourName(FxRobot robot) {
        StageColumn first = harness.window.canvas().mapLayout().columns().get(0);
        robot.clickOn(harness.onScreen(first.header()));
        WaitForAsyncUtils.waitForFxEvents();
        Node picker = robot.lookup(".color-row .color-picker").query();
        List<String> shown = robot.from(picker).lookup((Predicate<Node>) node -> node instanceof Labeled labeled && labeled.isVisible()
                && labeled.getText() != null && !labeled.getText().isBlank()).<Labeled>queryAll().stream()
                .map(Labeled::getText).toList();
        assertTrue(shown.stream().noneMatch(text -> Set.of("Transparent", "transparent").contains(text)), shown::toString);
    }
}
