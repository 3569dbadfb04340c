package org.touchmap.ui.structure;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapConsistency;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

/** Stage names typed one after another, as cards are in fast entry: Tab goes on, past the last adds one. */
@ExtendWith(ApplicationExtension.class)
class NamesInARowTest {
    private StructureHarness harness;

    @Start
    void start(Stage stage) {
        harness = new StructureHarness(stage, MedicalClinicMap.build());
    }

    @AfterEach
    void mapStaysConsistent() {
        assertEquals(List.of(), MapConsistency.problems(harness.map()));
    }

    @Test
    void tabKeepsTheNameAndOpensTheNextStageAndPastTheLastAddsOne(FxRobot robot) {
        robot.doubleClickOn(harness.centreOfStageHeader("decide"));
        robot.write("Decision").type(KeyCode.TAB);
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        assertTrue(field.isVisible() && field.isFocused(), "the next stage's name is open");
        assertEquals("Post-purchase reaction", field.getText());
        assertEquals("after", harness.selection.stage().get());

        robot.write("Return visit").type(KeyCode.TAB);
        assertEquals(6, harness.map().stages().size(), "Tab past the last stage added one");
        String added = harness.map().stages().get(5).id();
        assertEquals(added, harness.selection.stage().get());
        assertTrue(field.isVisible() && field.isFocused(), "the new stage's name is open");
        robot.write("Loyalty").type(KeyCode.ENTER);

        assertFalse(field.isVisible(), "Enter finishes");
        assertEquals(List.of("Problem awareness", "Information search", "Comparison of options", "Decision",
                "Return visit", "Loyalty"), harness.map().stages().stream().map(s -> s.name()).toList());
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                harness.document.get().commands().undo();
            }
        });
        assertEquals(MedicalClinicMap.build(), harness.map(), "two renames, the addition and its name: four steps");
    }

    @Test
    void anOpaqueBackdropUnderTheNameAndItsHintHidesTheStagesQuestion(FxRobot robot) {
        robot.doubleClickOn(harness.centreOfStageHeader("search"));
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        Label hint = robot.lookup(".header-rename-hint").queryAs(Label.class);
        javafx.scene.layout.Region backdrop = robot.lookup(".header-rename-backdrop").queryAs(javafx.scene.layout.Region.class);
        assertTrue(backdrop.isVisible(), "the header's own text is covered while its name is typed");
        org.touchmap.layout.Rect header = HeaderKind.STAGE.header(harness.canvas.mapLayout(), "search");
        Bounds box = backdrop.getBoundsInParent();
        assertTrue(box.getMinX() <= header.x() && box.getMinY() <= header.y() && box.getMaxX() >= header.maxX()
                && box.getMaxY() >= header.maxY(), "the whole header, question included: " + box + " vs " + header);
        assertTrue(box.contains(field.getBoundsInParent()) && box.getMaxY() >= hint.getBoundsInParent().getMaxY(),
                "the field and its hint stand on it");
        var children = backdrop.getParent().getChildrenUnmodifiable();
        assertTrue(children.indexOf(backdrop) < children.indexOf(field) && children.indexOf(field) < children.indexOf(hint),
                "drawn under the field and the hint");
        assertTrue(backdrop.getBackground() != null && backdrop.getBackground().getFills().stream()
                .anyMatch(fill -> fill.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() == 1.0), "opaque");

        robot.type(KeyCode.ESCAPE);
        assertFalse(backdrop.isVisible(), "gone with the field");
    }

    @Test
    void aLineUnderTheNameSaysThatTabGoesOnAndPastTheLastStageAddsOne(FxRobot robot) {
        robot.doubleClickOn(harness.centreOfStageHeader("decide"));
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        Label hint = robot.lookup(".header-rename-hint").queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertEquals("Tab: next stage  \u00b7  Enter: done", hint.getText());
        Bounds fieldBox = field.getBoundsInParent();
        assertTrue(hint.getBoundsInParent().getMinY() >= fieldBox.getMaxY(), "under the field, not over the name");
        assertWithinTheFieldAndWhole(hint, fieldBox);

        robot.write("Decision").type(KeyCode.TAB);
        assertEquals("Tab: add a new stage  \u00b7  Enter: done", hint.getText(), "on the last stage");
        robot.type(KeyCode.ENTER);
        assertFalse(hint.isVisible(), "gone with the field");
    }

    @Test
    void theRussianHintWrapsWithinItsOwnStageInsteadOfReachingIntoTheNext(FxRobot robot) {
        org.touchmap.ui.i18n.Messages.setLocale(java.util.Locale.forLanguageTag("ru"));
        try {
            robot.doubleClickOn(harness.centreOfStageHeader("search"));
            TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
            Label hint = robot.lookup(".header-rename-hint").queryAs(Label.class);
            assertTrue(hint.getText().startsWith("Tab"), hint.getText());
            assertWithinTheFieldAndWhole(hint, field.getBoundsInParent());
            robot.type(KeyCode.ESCAPE);
        } finally {
            org.touchmap.ui.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    private static void assertWithinTheFieldAndWhole(Label hint, Bounds field) {
        Bounds box = hint.getBoundsInParent();
        assertTrue(box.getMaxX() <= field.getMaxX() + 0.5, "the hint ends at " + box.getMaxX()
                + ", its stage's field at " + field.getMaxX());
        assertTrue(hint.getHeight() >= hint.prefHeight(hint.getWidth()) - 0.5, "every word of it shows");
    }

    @Test
    void shiftTabGoesBackAndAnEmptyNameIsRefusedWithoutMovingOn(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("search"));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.TAB);
        assertTrue(field.isVisible(), "an empty name keeps the field open");
        assertEquals("search", harness.selection.stage().get(), "and does not move on");

        robot.write("Search").press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("awareness", harness.selection.stage().get());
        assertEquals("Problem awareness", field.getText());
        robot.type(KeyCode.ESCAPE);
        JourneyMap map = harness.map();
        assertEquals("Search", map.stage("search").name());
        assertEquals("Problem awareness", map.stage("awareness").name());
    }

    @Test
    void lanesGoOnWithTabToo(FxRobot robot) {
        var online = harness.canvas.mapLayout().rows().get(0).header();
        robot.doubleClickOn(harness.onScreen(online.centerX(), online.centerY()));
        robot.write("Web").type(KeyCode.TAB).write("Face to face").type(KeyCode.ENTER);
        assertEquals(List.of("Web", "Face to face"),
                harness.map().lanes().stream().map(l -> l.name()).toList());
    }
}
