package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.testfx.api.FxRobot;

/**
 * A person's input through the robot, one action at a time, each counted and named: a click, a
 * drag, a key chord, or typing one name (the name and the Enter or Tab that ends it). The list of what was done tells
 * how much work a task takes.
 */
final class CountedActions {
    private final FxRobot robot;
    private final List<String> done = new ArrayList<>();

    CountedActions(FxRobot robot) {
        this.robot = robot;
    }

    void click(String what, Point2D at) {
        done.add("click " + what);
        robot.clickOn(at, MouseButton.PRIMARY);
    }

    /** Clicks the node the TestFX query finds, e.g. an id ({@code #rating-negative}) or a visible text. */
    void click(String what, String query) {
        done.add("click " + what);
        robot.clickOn(query, MouseButton.PRIMARY);
    }

    void shiftClick(String what, Point2D at) {
        done.add("shift-click " + what);
        robot.press(KeyCode.SHIFT).clickOn(at, MouseButton.PRIMARY).release(KeyCode.SHIFT);
    }

    /** Presses the keys together, then lets go of them in reverse order. */
    void chord(String what, KeyCode... keys) {
        done.add(what);
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
    }

    /** Types a name and Enter. */
    void typeName(String name) {
        typeName(name, "Enter", KeyCode.ENTER);
    }

    /** Types a name and the key that ends it, such as Tab where the next name follows in a row. */
    void typeName(String name, String endName, KeyCode end) {
        done.add("type \"" + name + "\" + " + endName);
        robot.write(name).type(end);
    }

    /** Presses the primary button at one point, moves to another through a point between, and lets go. */
    void drag(String what, Point2D from, Point2D to) {
        done.add("drag " + what);
        robot.moveTo(from).press(MouseButton.PRIMARY)
                .moveTo(from.midpoint(to))
                .moveTo(to)
                .release(MouseButton.PRIMARY);
    }

    int count() {
        return done.size();
    }

    List<String> done() {
        return List.copyOf(done);
    }

    /** The actions numbered one per line, for a failure message or the test log. */
    String report() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < done.size(); i++) {
            text.append(String.format("%2d. %s%n", i + 1, done.get(i)));
        }
        return text.toString();
    }
}
