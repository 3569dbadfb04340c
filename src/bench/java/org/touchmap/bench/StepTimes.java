package org.touchmap.bench;

/**
 * What one step-by-step drag cost, in nanoseconds: per move the event handlers alone
 * ({@code handled}) and with the CSS and layout pass after them ({@code moves}); and the drop.
 */
record StepTimes(long[] handled, long[] moves, long drop) {
}
