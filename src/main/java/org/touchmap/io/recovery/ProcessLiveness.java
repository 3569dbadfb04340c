package org.touchmap.io.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * Tells whether the process that wrote a recovery copy still runs. A copy of a running Touchmap is
 * that window's live work, not something to recover.
 */
@FunctionalInterface
public interface ProcessLiveness {
    /**
     * Whether process {@code pid}, started at {@code started} when known, is running.
     * The start time tells a process apart from a later one that got the same id after a restart.
     */
    boolean isRunning(long pid, Optional<Instant> started);

    /** Asks the operating system. */
    ProcessLiveness SYSTEM = (pid, started) -> ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .map(process -> started.isEmpty() || process.info().startInstant().map(started.get()::equals).orElse(true))
            .orElse(false);
}
