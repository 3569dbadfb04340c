package org.touchmap.layout;

/**
 * Where a touchpoint's card is drawn.
 *
 * @param touchpointId id of the touchpoint
 * @param stageId      the stage whose column holds the card
 * @param laneId       the lane whose row holds the card
 * @param bounds       the card's rectangle in map coordinates
 */
public record CardBox(String touchpointId, String stageId, String laneId, Rect bounds) {
}
