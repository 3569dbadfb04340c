package org.touchmap.analysis;

/**
 * Where a stage stands against competitors, from its touchpoints' comparisons (see {@link StageCompetition}).
 * <ul>
 *   <li>{@link #AHEAD}: touchpoints that are better or that competitors lack outnumber those that are worse
 *       or that we lack;</li>
 *   <li>{@link #BEHIND}: the other way round;</li>
 *   <li>{@link #EVEN}: as many on each side (touchpoints that are the same count on neither);</li>
 *   <li>{@link #NOT_COMPARED}: no touchpoint of the stage is compared with competitors.</li>
 * </ul>
 */
public enum CompetitorVerdict {
    AHEAD, EVEN, BEHIND, NOT_COMPARED
}
