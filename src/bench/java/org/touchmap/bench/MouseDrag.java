package org.touchmap.bench;

import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Drags the first card of a {@link DragSubject} as the mouse would: a press, many small moves,
 * a release, each fired at the pressed node as JavaFX does while a button is held. Two ways:
 * <ul>
 * <li>{@link #stepByStep}: each move in one go on the JavaFX thread, followed by a CSS and layout
 * pass over the whole scene, timed precisely without anything else running;</li>
 * <li>{@link #pulseByPulse}: one move at the start of each pulse, with pulses running back to
 * back ({@code javafx.animation.fullspeed}), timing the interval from one pulse to the next:
 * that includes handing the scene to the render thread and waiting for the previous frame to be
 * drawn, so it is the frame time a person would see.</li>
 * </ul>
 */
final class MouseDrag {
    /** How far the pointer travels to the right over a drag, in pixels. */
    private static final double TRAVEL_X = 300;
    /** How far the pointer dips down in the middle of a drag, in pixels. */
    private static final double DIP_Y = 40;

    private final DragSubject subject;
    /** Where the current drag started, in scene coordinates. */
    private Point2D pressed = Point2D.ZERO;

    MouseDrag(DragSubject subject) {
        this.subject = subject;
    }

    /** Drags the first {@code selected} cards over {@code steps} moves and drops them; call on the JavaFX thread. */
    StepTimes stepByStep(int selected, int steps) {
        Parent root = subject.scene().getRoot();
        Node target = press(selected);
        long[] handled = new long[steps];
        long[] moves = new long[steps];
        for (int i = 1; i <= steps; i++) {
            Point2D pointer = pointer(i, steps);
            long start = System.nanoTime();
            fire(target, MouseEvent.MOUSE_DRAGGED, pointer, true);
            long fired = System.nanoTime();
            root.applyCss();
            root.layout();
            handled[i - 1] = fired - start;
            moves[i - 1] = System.nanoTime() - start;
        }
        Point2D end = pointer(steps, steps);
        long start = System.nanoTime();
        fire(target, MouseEvent.MOUSE_RELEASED, end, false);
        root.applyCss();
        root.layout();
        return new StepTimes(handled, moves, System.nanoTime() - start);
    }

    /** Drags as {@link #stepByStep} does, one move per pulse; returns the time between pulses. Call from another thread. */
    long[] pulseByPulse(int selected, int steps) throws InterruptedException {
        Node target = FxThread.call(() -> press(selected));
        FxThread.awaitPulses(2);
        long[] frames = new long[steps];
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer mover = new AnimationTimer() {
            private int moved;
            private long last;

            @Override
            public void handle(long now) {
                long time = System.nanoTime();
                if (moved > 0) {
                    frames[moved - 1] = time - last;
                }
                last = time;
                if (moved == steps) {
                    stop();
                    done.countDown();
                    return;
                }
                moved++;
                fire(target, MouseEvent.MOUSE_DRAGGED, pointer(moved, steps), true);
            }
        };
        FxThread.run(mover::start);
        done.await();
        FxThread.run(() -> fire(target, MouseEvent.MOUSE_RELEASED, pointer(steps, steps), false));
        FxThread.awaitPulses(2);
        return frames;
    }

    /** Selects the cards and presses the first one; returns the pressed node. */
    private Node press(int selected) {
        Parent root = subject.scene().getRoot();
        subject.select(selected);
        root.applyCss();
        root.layout();
        Node target = subject.pressedNode();
        pressed = subject.pressPoint();
        fire(target, MouseEvent.MOUSE_PRESSED, pressed, true);
        root.applyCss();
        root.layout();
        return target;
    }

    /** The pointer after move {@code i} of {@code steps}: to the right, with a dip down and back, in scene coordinates. */
    private Point2D pointer(int i, int steps) {
        double t = (double) i / steps;
        return pressed.add(TRAVEL_X * t, DIP_Y * (1 - Math.cos(2 * Math.PI * t)) / 2);
    }

    private static void fire(Node target, EventType<MouseEvent> type, Point2D scenePoint, boolean buttonDown) {
        Scene scene = target.getScene();
        double screenX = scene.getWindow().getX() + scene.getX() + scenePoint.getX();
        double screenY = scene.getWindow().getY() + scene.getY() + scenePoint.getY();
        MouseEvent event = new MouseEvent(type, scenePoint.getX(), scenePoint.getY(), screenX, screenY,
                MouseButton.PRIMARY, 1, false, false, false, false, buttonDown, false, false,
                false, false, type == MouseEvent.MOUSE_PRESSED,
                new PickResult(target, scenePoint.getX(), scenePoint.getY()));
        Event.fireEvent(target, event);
    }
}
