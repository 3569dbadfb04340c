package org.touchmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;

/**
 * One change of the view (fit, actual size, a zoom step) timed until it has settled, pulses back
 * to back. The change runs at the start of a pulse; its first frame is done when the next pulse
 * starts (a pulse waits for the previous frame to be drawn). The cards are drawn sharp again once
 * the zoom has stayed put for {@code ZoomCaching.SETTLE}: that wait is not work and is not
 * counted, but the longest frame after it is. Settled = first frame + that sharp frame.
 */
final class ViewChange {
    /** How long after the change the sharp redraw is looked for; well past the settle delay. */
    private static final long WATCH_NANOS = 800_000_000L;
    private static final long SETTLE_NANOS = 250_000_000L;

    private final String name;
    private final Runnable prepare;
    private final Runnable change;
    private final List<Long> firstFrames = new ArrayList<>();
    private final List<Long> sharpFrames = new ArrayList<>();

    /**
     * @param prepare puts the view where the change starts from (run half a second before it, so its own zoom has settled)
     * @param change the change timed
     */
    ViewChange(String name, Runnable prepare, Runnable change) {
        this.name = name;
        this.prepare = prepare;
        this.change = change;
    }

    String name() {
        return name;
    }

    /** Prepares, lets the view settle, changes it and times it; keeps the times unless a warm-up. Call from another thread. */
    void measure(boolean keep) throws InterruptedException {
        FxThread.run(prepare);
        Thread.sleep(500);
        FxThread.awaitPulses(2);
        long[] times = time(change);
        if (keep) {
            firstFrames.add(times[0]);
            sharpFrames.add(times[1]);
        }
    }

    List<Long> firstFrames() {
        return firstFrames;
    }

    Percentiles firstFrame() {
        return Percentiles.ofNanos(firstFrames.stream().mapToLong(Long::longValue).toArray());
    }

    Percentiles sharpFrame() {
        return Percentiles.ofNanos(sharpFrames.stream().mapToLong(Long::longValue).toArray());
    }

    Percentiles settled() {
        long[] sums = new long[firstFrames.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = firstFrames.get(i) + sharpFrames.get(i);
        }
        return Percentiles.ofNanos(sums);
    }

    /** {first frame, longest frame after the settle delay}, in ns. */
    private static long[] time(Runnable change) throws InterruptedException {
        long[] result = new long[2];
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer timer = new AnimationTimer() {
            private long start = -1;
            private long last;

            @Override
            public void handle(long now) {
                long time = System.nanoTime();
                if (start < 0) {
                    start = time;
                    change.run();
                } else if (result[0] == 0) {
                    result[0] = time - start;
                } else if (last - start >= SETTLE_NANOS) {
                    result[1] = Math.max(result[1], time - last);
                }
                last = time;
                if (time - start > WATCH_NANOS) {
                    stop();
                    done.countDown();
                }
            }
        };
        FxThread.run(timer::start);
        done.await();
        return result;
    }
}
