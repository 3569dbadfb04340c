package org.touchmap.ui.canvas;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.layout.PersonaBand;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Persona;
import org.touchmap.ui.editor.Selection;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class PersonaNodeTest {
    private JourneyMap map;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        map = MedicalClinicMap.build();
        canvas = CanvasWindow.show(stage, map, 1400);
    }

    @Test
    void showsTheInitialsTheNameTheDemographicsAndTheLabelledDetails(FxRobot robot) {
        Node band = robot.lookup(".persona-band").query();
        assertEquals("A", text(robot, band, ".persona-initials"));
        assertEquals(map.persona().name(), text(robot, band, ".persona-name"));
        assertEquals(map.persona().demographics(), text(robot, band, ".persona-demographics"));
        assertEquals(List.of("Needs:", "Goals:", "Frustrations:"), robot.from(band).lookup(".persona-label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertEquals(map.persona().name() + " · " + map.persona().demographics(), band.getAccessibleText());
    }

    @Test
    void sitsWhereTheLayoutPutsTheBand(FxRobot robot) {
        Rect frame = canvas.mapLayout().personaBand().orElseThrow().frame();
        Node band = robot.lookup(".persona-band").query();
        Bounds bounds = band.getBoundsInParent();
        assertEquals(frame.x(), bounds.getMinX(), 0.5);
        assertEquals(frame.y(), bounds.getMinY(), 0.5);
        assertEquals(frame.width(), bounds.getWidth(), 0.5);
        assertEquals(frame.height(), bounds.getHeight(), 0.5);
    }

    @Test
    void aLongDetailWrapsInItsColumnAndReadsWhole(FxRobot robot) {
        Persona persona = map.persona();
        String needs = "A specialist who sees her soon, clear prices, a parking place, a doctor who listens, "
                + "results by e-mail and no queue at the reception desk";
        robot.interact(() -> {
            map.setPersona(new Persona(persona.name(), persona.demographics(), "", "", needs, "", persona.goals(), ""));
            canvas.refresh();
        });
        PersonaBand.DetailBox column = canvas.mapLayout().personaBand().orElseThrow().details().get(0);
        Node band = robot.lookup(".persona-band").query();
        List<Label> lines = robot.from(band).lookup(".persona-text").queryAllAs(Label.class).stream()
                .filter(label -> column.lines().contains(label.getText())).toList();

        assertTrue(lines.size() > 1, "the text takes several lines");
        assertEquals(needs, String.join(" ", lines.stream().map(Label::getText).toList()));
        Bounds columnInScene = robot.lookup(".map-content").query().localToScene(new javafx.geometry.BoundingBox(
                column.box().x(), column.box().y(), column.box().width(), column.box().height()));
        for (Label line : lines) {
            Bounds shown = line.localToScene(line.getLayoutBounds());
            assertTrue(line.getWidth() >= line.prefWidth(-1) - 0.01, "not shortened: " + line.getText());
            assertTrue(shown.getMaxX() <= columnInScene.getMaxX() + 2, "stays in its column: " + line.getText());
            assertTrue(shown.getMaxY() <= columnInScene.getMaxY() + 0.5, "stays in the band: " + line.getText());
        }
    }

    @Test
    void clickingTheBandSelectsTheMap(FxRobot robot) {
        robot.interact(() -> canvas.selection().selectTouchpoints(List.of("tp-phone")));
        assertEquals(Selection.Context.TOUCHPOINTS, canvas.selection().context().get());

        robot.clickOn(".persona-name");

        assertEquals(Selection.Context.MAP, canvas.selection().context().get());
        assertEquals(map.touchpoints().size(), robot.lookup(".card").queryAll().size(), "no card was added");
    }

    @Test
    void doubleClickingTheBandAddsNoCard(FxRobot robot) {
        int before = map.touchpoints().size();
        robot.doubleClickOn(".persona-name");
        assertEquals(before, robot.lookup(".card").queryAll().size());
        assertEquals(Selection.Context.MAP, canvas.selection().context().get());
    }

    @Test
    void aMapWithoutPersonaShowsNoBand(FxRobot robot) {
        robot.interact(() -> {
            map.setPersona(Persona.EMPTY);
            canvas.refresh();
        });
        assertTrue(robot.lookup(".persona-band").queryAll().isEmpty());
        assertTrue(canvas.mapLayout().personaBand().isEmpty());
    }

    private static String text(FxRobot robot, Node band, String styleClass) {
        return robot.from(band).lookup(styleClass).queryAs(Label.class).getText();
    }
}
