package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.StageProperties;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The analysis overlay's health badges sit in the header's own slot: none covers a stage's name
 * or customer question, in English or in Russian's longer words, and none is cut.
 */
@ExtendWith(ApplicationExtension.class)
class OverlayBadgePlacementWindowTest {
    private WindowHarness harness;

    @AfterEach
    void forget() throws BackingStoreException {
        if (harness != null) {
            harness.forgetPreferences();
        }
        Messages.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "sr"})
    void noHealthBadgeCoversTheTextOfAStageHeader(String language, FxRobot robot) throws TimeoutException {
        FxToolkit.setupStage(stage -> harness = new WindowHarness(stage, Locale.forLanguageTag(language)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> harness.window.document().commands().execute(new CompositeCommand(
                Description.of("stage.change.visitors", "funnel"), List.of(
                        StageProperties.VISITORS.change("awareness", 1000L),
                        StageProperties.VISITORS.change("search", 800L),
                        StageProperties.VISITORS.change("compare", 300L)))));
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> badges = List.copyOf(robot.lookup(".stage-health-badge").queryAllAs(Label.class));
        assertEquals(harness.map().stages().size(), badges.size());
        assertTrue(badges.stream().anyMatch(badge -> badge.getText().contains("\n")), "a two-line badge is checked too");
        List<Node> headerTexts = new ArrayList<>();
        headerTexts.addAll(robot.lookup(".stage-name").queryAll());
        headerTexts.addAll(robot.lookup(".stage-question").queryAll());
        assertFalse(headerTexts.isEmpty());
        List<String> faults = new ArrayList<>();
        for (Label badge : badges) {
            Bounds box = badge.localToScene(badge.getBoundsInLocal());
            for (Node text : headerTexts) {
                Bounds textBox = text.localToScene(text.getBoundsInLocal());
                if (box.intersects(textBox) && overlapArea(box, textBox) > 1) {
                    faults.add(badge.getText().replace('\n', ' ') + " covers " + textOf(text));
                }
            }
            if (badge.getWidth() + 0.5 < badge.prefWidth(-1) || badge.getHeight() + 0.5 < badge.prefHeight(-1)) {
                faults.add(badge.getText().replace('\n', ' ') + " is cut: " + badge.getWidth() + " x "
                        + badge.getHeight() + " of " + badge.prefWidth(-1) + " x " + badge.prefHeight(-1));
            }
        }
        assertTrue(faults.isEmpty(), language + ": " + faults);
    }

    private static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    private static String textOf(Node node) {
        return node instanceof Label label ? "\"" + label.getText() + "\"" : node.toString();
    }
}
