package org.touchmap.model;

/**
 * A card an industry starter places: its id, the stage and lane it sits in, its channel and
 * whether it is a key point. Its name comes from the {@code templates} bundle.
 */
public record StarterCard(String id, String stageId, String laneId, String channelId, boolean keyPoint) {
    public StarterCard {
        Ids.requireValid(id);
        Ids.requireValid(stageId);
        Ids.requireValid(laneId);
        if (ChannelCatalog.byId(channelId).isEmpty()) {
            throw new IllegalArgumentException("Unknown channel " + channelId);
        }
    }

    static StarterCard card(String id, String stageId, String laneId, String channelId) {
        return new StarterCard(id, stageId, laneId, channelId, false);
    }

    static StarterCard keyCard(String id, String stageId, String laneId, String channelId) {
        return new StarterCard(id, stageId, laneId, channelId, true);
    }
}
