/**
 * The analysis panel under the canvas: the answer to "where do I lose customers?" for the open map,
 * as a stage table (ratings, share negative, criteria average, health), a funnel chart from the
 * stages' visitor counts, the weakest touchpoints and the other findings. It shows what
 * {@link org.touchmap.analysis.AnalysisReport} works out and changes nothing in the map; choosing a
 * weak link selects its card on the canvas.
 *
 * <p>The entry point is {@link org.touchmap.ui.analysis.AnalysisPanel}, which the main window puts
 * below the canvas and tells of every change of the map; while hidden it computes nothing. The same
 * analysis drawn on the canvas is {@link org.touchmap.ui.canvas.AnalysisOverlay}, the Votes tab is
 * {@link org.touchmap.ui.voting.VoteList}, and the workbook's Stages and Analysis sheets agree with
 * both.
 */
package org.touchmap.ui.analysis;
