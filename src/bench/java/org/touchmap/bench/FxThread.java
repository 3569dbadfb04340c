package org.touchmap.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Starts JavaFX and runs work on its application thread from the benchmark's main thread. */
final class FxThread {
    private static final long PULSE_TIMEOUT_SECONDS = 30;

    private FxThread() {
    }

    static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        if (!started.await(PULSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        Platform.setImplicitExit(false);
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} on the application thread as one task: no pulse runs in between. */
    static <T> T call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Work on the JavaFX thread failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the JavaFX thread", e);
        }
    }

    /** Waits until JavaFX has run {@code count} more pulses, so what changed is drawn and settled. */
    static void awaitPulses(int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        run(timer::start);
        boolean done = pulses.await(PULSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        run(timer::stop);
        if (!done) {
            throw new IllegalStateException("JavaFX ran no pulse for " + PULSE_TIMEOUT_SECONDS + " s");
        }
    }

    static void exit() {
        Platform.exit();
    }
}
