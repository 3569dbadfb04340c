package org.touchmap.bench;

/**
 * What one step-by-step drag cost, in nanoseconds: per move the event handling alone
 * ({@code handled}), handling with the CSS and layout a pulse would do ({@code moves}), and
 * apart from those a forced restyle and layout of the whole scene ({@code restyled}); and the drop.
 */
record StepTimes(long[] handled, long[] moves, long[] restyled, long drop) {
}
