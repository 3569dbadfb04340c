/**
 * Dot voting in a workshop: every participant puts the same number of dots on the cards to fix
 * first, and the map keeps the vote ({@link org.touchmap.model.Voting}). The facilitator runs it
 * from {@link org.touchmap.ui.voting.VotingWindow}, beside the map, choosing whose dots are placed;
 * while it is open, V and Shift+V on the canvas ({@link org.touchmap.ui.voting.VoteKeys}) give and
 * take a dot on the selected card. {@link org.touchmap.ui.voting.DotVoting} makes each change one
 * undoable command and explains, rather than runs, one the vote does not allow.
 *
 * <p>{@link org.touchmap.ui.voting.VoteBadges} shows each card's total on the canvas,
 * {@link org.touchmap.ui.voting.VoteList} is the analysis panel's Votes tab; both count with
 * {@link org.touchmap.analysis.VoteTally}, as the workbook's Votes sheet does.
 */
package org.touchmap.ui.voting;
