package org.touchmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Touchpoint;

/**
 * What changes with a card's channel. Online/offline, category and control follow the new channel's
 * defaults where the card still had the old channel's defaults; a value the person chose differently
 * (an uncontrolled web page, say) is theirs and stays. Where the lanes decide online/offline (see
 * {@link LanePresence}), the lane keeps deciding it. The person picking a channel in the panel and a
 * channel guessed from a card's name both follow this one rule.
 */
public final class ChannelSwitch {
    private ChannelSwitch() {
    }

    /** The changes that give {@code card} the channel {@code channelId}; none when it has it already. */
    public static List<Command> to(JourneyMap map, Touchpoint card, String channelId) {
        List<Command> changes = new ArrayList<>();
        if (card.channelId().equals(channelId)) {
            return changes;
        }
        Channel previous = card.channel();
        Channel next = ChannelCatalog.resolve(channelId);
        changes.add(TouchpointProperties.CHANNEL.change(card.id(), channelId));
        if (!decidedByLane(map, card)) {
            follow(changes, card, TouchpointProperties.PRESENCE, previous.defaultPresence(), next.defaultPresence());
        }
        follow(changes, card, TouchpointProperties.CATEGORY, previous.defaultCategory(), next.defaultCategory());
        follow(changes, card, TouchpointProperties.CONTROL, previous.defaultControl(), next.defaultControl());
        return changes;
    }

    /** The changes that set online/offline (unless the lane decides it), category and control to the channel's defaults. */
    public static List<Command> toDefaults(JourneyMap map, Touchpoint card) {
        List<Command> changes = new ArrayList<>();
        Channel channel = card.channel();
        if (!decidedByLane(map, card)) {
            set(changes, card, TouchpointProperties.PRESENCE, channel.defaultPresence());
        }
        set(changes, card, TouchpointProperties.CATEGORY, channel.defaultCategory());
        set(changes, card, TouchpointProperties.CONTROL, channel.defaultControl());
        return changes;
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
