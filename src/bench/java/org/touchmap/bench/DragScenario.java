package org.touchmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/** One thing measured: a subject, how many of its cards are dragged, and the times of the measured drags. */
final class DragScenario {
    private final String subjectName;
    private final DragSubject subject;
    private final MouseDrag drag;
    private final int selected;
    private final List<StepTimes> steps = new ArrayList<>();
    private final List<long[]> frames = new ArrayList<>();

    DragScenario(String subjectName, DragSubject subject, int selected) {
        this.subjectName = subjectName;
        this.subject = subject;
        this.drag = new MouseDrag(subject);
        this.selected = selected;
    }

    String subjectName() {
        return subjectName;
    }

    DragSubject subject() {
        return subject;
    }

    int selected() {
        return selected;
    }

    /**
     * Drags once step by step and once pulse by pulse, putting the map back after each drop, and
     * keeps the times unless it is a warm-up.
     */
    void dragTwice(int moves, boolean keep) throws InterruptedException {
        StepTimes stepTimes = FxThread.call(() -> drag.stepByStep(selected, moves));
        undoDrop();
        System.gc();
        long[] frameTimes = drag.pulseByPulse(selected, moves);
        undoDrop();
        if (keep) {
            steps.add(stepTimes);
            frames.add(frameTimes);
        }
    }

    /** Times that measure nothing are worse than none: a drag that moved no card stops the benchmark. */
    private void undoDrop() throws InterruptedException {
        if (!FxThread.call(subject::undoDrop)) {
            throw new IllegalStateException("Dragging on " + subjectName + " moved no card");
        }
        FxThread.awaitPulses(2);
    }

    /** Event handling alone, picking included, per move. */
    Percentiles handled() {
        return Percentiles.ofNanos(steps.stream().flatMapToLong(t -> LongStream.of(t.handled())).toArray());
    }

    /** A forced restyle and layout of the whole scene, per move. */
    Percentiles restyled() {
        return Percentiles.ofNanos(steps.stream().flatMapToLong(t -> LongStream.of(t.restyled())).toArray());
    }

    /** Event handling with the CSS and layout a pulse would do, per move. */
    Percentiles update() {
        return Percentiles.ofNanos(steps.stream().flatMapToLong(t -> LongStream.of(t.moves())).toArray());
    }

    /** Time from one pulse to the next while dragging. */
    Percentiles frame() {
        return Percentiles.ofNanos(frames.stream().flatMapToLong(LongStream::of).toArray());
    }

    /** The release with CSS and layout: the map changes, and the canvas is laid out again. */
    Percentiles drop() {
        return Percentiles.ofNanos(steps.stream().mapToLong(StepTimes::drop).toArray());
    }
}
