package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.edit.ElementProperty;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Touchpoint;

/**
 * Changing a card's channel. Online/offline, category and control follow the new channel's
 * defaults where the card still had the old channel's defaults; a value the person chose
 * differently (an uncontrolled web page, say) is theirs and stays. Everything a card changes is
 * one undo step. {@link #resetToDefaults} sets all three to the channel's defaults on request.
 * Where the lanes decide online/offline (see {@link LanePresence}), the lane keeps deciding it.
 */
final class ChannelChange implements EditedValue<String> {

    @Override
    public List<String> read(JourneyMap map, List<String> ids) {
        return EditedValues.touchpoint(TouchpointProperties.CHANNEL).read(map, ids);
    }

    @Override
    public Optional<Command> change(JourneyMap map, List<String> ids, String channelId) {
        Channel next = ChannelCatalog.resolve(channelId);
        List<Command> changes = new ArrayList<>();
        int cards = 0;
        for (String id : ids) {
            Touchpoint card = map.findTouchpoint(id).orElse(null);
            if (card == null || card.channelId().equals(channelId)) {
                continue;
            }
            cards++;
            Channel previous = card.channel();
            changes.add(TouchpointProperties.CHANNEL.change(id, channelId));
            if (!decidedByLane(map, card)) {
                follow(changes, card, TouchpointProperties.PRESENCE, previous.defaultPresence(),
                        next.defaultPresence());
            }
            follow(changes, card, TouchpointProperties.CATEGORY, previous.defaultCategory(), next.defaultCategory());
            follow(changes, card, TouchpointProperties.CONTROL, previous.defaultControl(), next.defaultControl());
        }
        return EditedValues.asOneStep(changes, cards);
    }

    /** Online/offline, category and control of every card set to its channel's defaults, as one step. */
    Optional<Command> resetToDefaults(JourneyMap map, List<String> ids) {
        List<Command> changes = new ArrayList<>();
        int cards = 0;
        for (String id : ids) {
            Touchpoint card = map.findTouchpoint(id).orElse(null);
            if (card == null) {
                continue;
            }
            int before = changes.size();
            Channel channel = card.channel();
            if (!decidedByLane(map, card)) {
                set(changes, card, TouchpointProperties.PRESENCE, channel.defaultPresence());
            }
            set(changes, card, TouchpointProperties.CATEGORY, channel.defaultCategory());
            set(changes, card, TouchpointProperties.CONTROL, channel.defaultControl());
            cards += changes.size() > before ? 1 : 0;
        }
        return EditedValues.asOneStep(changes, cards);
    }

    private static boolean decidedByLane(JourneyMap map, Touchpoint card) {
        return LanePresence.of(map, card.laneId()).isPresent();
    }

    private static <V> void follow(List<Command> changes, Touchpoint card, ElementProperty<Touchpoint, V> property,
                                   V previousDefault, V nextDefault) {
        if (Objects.equals(property.get(card), previousDefault)) {
            set(changes, card, property, nextDefault);
        }
    }

    private static <V> void set(List<Command> changes, Touchpoint card, ElementProperty<Touchpoint, V> property,
                                V value) {
        if (!Objects.equals(property.get(card), value)) {
            changes.add(property.change(card.id(), value));
        }
    }
}
