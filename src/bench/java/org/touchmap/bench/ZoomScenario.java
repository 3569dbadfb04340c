package org.touchmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;

/**
 * Zooming a subject with Ctrl+wheel, one notch at the start of each pulse, pulses back to back,
 * timing the interval from one pulse to the next, as {@link MouseDrag#pulseByPulse} does for a
 * drag. A sweep starts at 100 % with the view at the top-left corner, zooms in {@code notches}
 * notches and back out, then out as many and back in, always around the middle of the scene.
 */
final class ZoomScenario {
    /** A wheel notch as most mice report it, in pixels. */
    private static final double NOTCH = 40;

    private final String subjectName;
    private final ZoomSubject subject;
    private final List<long[]> frames = new ArrayList<>();

    ZoomScenario(String subjectName, ZoomSubject subject) {
        this.subjectName = subjectName;
        this.subject = subject;
    }

    String subjectName() {
        return subjectName;
    }

    ZoomSubject subject() {
        return subject;
    }

    /** Zooms one sweep and keeps its frame times unless it is a warm-up. Call from another thread. */
    void sweep(int notches, boolean keep) throws InterruptedException {
        FxThread.run(subject::resetView);
        FxThread.awaitPulses(2);
        double[] deltas = directions(notches);
        long[] times = new long[deltas.length];
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer zoomer = new AnimationTimer() {
            private int zoomed;
            private long last;

            @Override
            public void handle(long now) {
                long time = System.nanoTime();
                if (zoomed > 0) {
                    times[zoomed - 1] = time - last;
                }
                last = time;
                if (zoomed == deltas.length) {
                    stop();
                    done.countDown();
                    return;
                }
                wheel(deltas[zoomed]);
                zoomed++;
            }
        };
        FxThread.run(zoomer::start);
        done.await();
        FxThread.run(subject::resetView);
        FxThread.awaitPulses(2);
        if (keep) {
            frames.add(times);
        }
    }

    /** Time from one pulse to the next while zooming. */
    Percentiles frame() {
        return Percentiles.ofNanos(frames.stream().flatMapToLong(LongStream::of).toArray());
    }

    /** The frames of the first half of each sweep, zooming in from 100 % and back. */
    Percentiles zoomedIn() {
        return Percentiles.ofNanos(frames.stream().flatMapToLong(t -> LongStream.of(t).limit(t.length / 2)).toArray());
    }

    /** The frames of the second half of each sweep, zooming out from 100 % and back. */
    Percentiles zoomedOut() {
        return Percentiles.ofNanos(frames.stream().flatMapToLong(t -> LongStream.of(t).skip(t.length / 2)).toArray());
    }

    private static double[] directions(int notches) {
        double[] deltas = new double[4 * notches];
        for (int i = 0; i < notches; i++) {
            deltas[i] = NOTCH;
            deltas[notches + i] = -NOTCH;
            deltas[2 * notches + i] = -NOTCH;
            deltas[3 * notches + i] = NOTCH;
        }
        return deltas;
    }

    /** One Ctrl+wheel notch at the middle of the scene, sent to the node there as the scene would. */
    private void wheel(double deltaY) {
        Scene scene = subject.scene();
        Node target = subject.wheelTarget();
        Point2D middle = new Point2D(scene.getWidth() / 2, scene.getHeight() / 2);
        double screenX = scene.getWindow().getX() + scene.getX() + middle.getX();
        double screenY = scene.getWindow().getY() + scene.getY() + middle.getY();
        ScrollEvent event = new ScrollEvent(ScrollEvent.SCROLL, middle.getX(), middle.getY(), screenX, screenY,
                false, true, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
        Event.fireEvent(target, event);
    }
}
