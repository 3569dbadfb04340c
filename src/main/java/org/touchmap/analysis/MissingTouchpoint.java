package org.touchmap.analysis;

/**
 * A channel maps of the map's template usually have and this map does not use at all.
 *
 * @param stageId   the first stage where the template expects it
 * @param channelId the catalog id of the channel
 */
public record MissingTouchpoint(String stageId, String channelId) {
}
