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
        assertEquals(PersonaBand.HEIGHT - PersonaBand.GAP, bounds.getHeight(), 0.5);
    }

    @Test
    void aLongDetailIsCutToItsColumnWithAnEllipsis(FxRobot robot) {
        Persona persona = map.persona();
        robot.interact(() -> {
            map.setPersona(new Persona(persona.name(), persona.demographics(), "", "",
                    "A specialist who sees her soon, clear prices, a parking place, a doctor who listens, "
                            + "results by e-mail and no queue at the reception desk", "", persona.goals(), ""));
            canvas.refresh();
        });
        Rect column = canvas.mapLayout().personaBand().orElseThrow().details().get(0).box();
        Label needs = robot.lookup(".persona-text").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().startsWith("A specialist")).findFirst().orElseThrow();
        Bounds shown = needs.localToScene(needs.getLayoutBounds());
        Bounds columnInScene = robot.lookup(".map-content").query()
                .localToScene(new javafx.geometry.BoundingBox(column.x(), column.y(), column.width(), column.height()));
        assertTrue(shown.getMaxX() <= columnInScene.getMaxX() + 0.5, "the text stays in its column");
        assertTrue(needs.getWidth() < needs.prefWidth(-1), "the text is shortened");
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
