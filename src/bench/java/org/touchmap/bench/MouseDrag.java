package org.touchmap.bench;

import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.scene.SceneHelper;

/**
 * Drags the first card of a {@link DragSubject} as the mouse would: a press, many small moves,
 * a release. The events enter the scene where the windowing system hands them over, so JavaFX
 * picks the node under the pointer, keeps the pressed node for the drag and runs every handler
 * on the way, as for a real mouse. Two ways:
 * <ul>
 * <li>{@link #stepByStep}: each move in one go on the JavaFX thread, followed by the CSS and
 * layout work a pulse would do, timed precisely without anything else running; and then, timed
 * apart, a forced restyle and layout of the whole scene;</li>
 * <li>{@link #pulseByPulse}: one move at the start of each pulse, with pulses running back to
 * back ({@code javafx.animation.fullspeed}), timing the interval from one pulse to the next:
 * that includes handing the scene to the render thread and waiting for the previous frame to be
 * drawn, so it is the frame time a person would see.</li>
 * </ul>
 * The scene's own mouse entry and the pulse's CSS step are JavaFX internals; they are reachable
 * because the benchmarks run JavaFX from the class path.
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
        Scene scene = subject.scene();
        Parent root = scene.getRoot();
        press(selected);
        long[] handled = new long[steps];
        long[] moves = new long[steps];
        long[] restyled = new long[steps];
        for (int i = 1; i <= steps; i++) {
            Point2D pointer = pointer(i, steps);
            long start = System.nanoTime();
            fire(scene, MouseEvent.MOUSE_DRAGGED, pointer, true);
            long fired = System.nanoTime();
            styleAndLayOut(root);
            long laidOut = System.nanoTime();
            root.applyCss();
            root.layout();
            handled[i - 1] = fired - start;
            moves[i - 1] = laidOut - start;
            restyled[i - 1] = System.nanoTime() - laidOut;
        }
        Point2D end = pointer(steps, steps);
        long start = System.nanoTime();
        fire(scene, MouseEvent.MOUSE_RELEASED, end, false);
        styleAndLayOut(root);
        return new StepTimes(handled, moves, restyled, System.nanoTime() - start);
    }

    /** Drags as {@link #stepByStep} does, one move per pulse; returns the time between pulses. Call from another thread. */
    long[] pulseByPulse(int selected, int steps) throws InterruptedException {
        Scene scene = subject.scene();
        FxThread.run(() -> press(selected));
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
                fire(scene, MouseEvent.MOUSE_DRAGGED, pointer(moved, steps), true);
            }
        };
        FxThread.run(mover::start);
        done.await();
        FxThread.run(() -> fire(scene, MouseEvent.MOUSE_RELEASED, pointer(steps, steps), false));
        FxThread.awaitPulses(2);
        return frames;
    }

    /** Selects the cards and presses the first one. */
    private void press(int selected) {
        Scene scene = subject.scene();
        subject.select(selected);
        styleAndLayOut(scene.getRoot());
        pressed = subject.pressPoint();
        fire(scene, MouseEvent.MOUSE_PRESSED, pressed, true);
        styleAndLayOut(scene.getRoot());
    }

    /** What a pulse does before drawing: styles the nodes whose style is out of date, then lays out. */
    private static void styleAndLayOut(Parent root) {
        NodeHelper.processCSS(root);
        root.layout();
    }

    /** The pointer after move {@code i} of {@code steps}: to the right, with a dip down and back, in scene coordinates. */
    private Point2D pointer(int i, int steps) {
        double t = (double) i / steps;
        return pressed.add(TRAVEL_X * t, DIP_Y * (1 - Math.cos(2 * Math.PI * t)) / 2);
    }

    private static void fire(Scene scene, EventType<MouseEvent> type, Point2D scenePoint, boolean buttonDown) {
        double screenX = scene.getWindow().getX() + scene.getX() + scenePoint.getX();
        double screenY = scene.getWindow().getY() + scene.getY() + scenePoint.getY();
        MouseEvent event = new MouseEvent(type, scenePoint.getX(), scenePoint.getY(), screenX, screenY,
                MouseButton.PRIMARY, 1, false, false, false, false, buttonDown, false, false,
                false, false, false, null);
        SceneHelper.processMouseEvent(scene, event);
    }
}
