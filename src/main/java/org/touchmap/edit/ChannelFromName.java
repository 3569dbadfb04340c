package org.touchmap.edit;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.ChannelGuess;
import org.touchmap.model.Control;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

/**
 * When a card's channel is guessed from its name (see {@link ChannelGuess}):
 * <ul>
 *   <li>a card created with a name and no channel chosen ("Other"), by fast entry or the add-card command,
 *       gets the channel its name names, with that channel's defaults;</li>
 *   <li>a rename of a card whose channel is still "Other" or still the one guessed from its old name gets the
 *       channel the new name names ("Other" when it names none), in the same undo step as the rename.</li>
 * </ul>
 * A channel the person chose themselves is never touched. When the channel changes, category and control
 * follow the new channel's defaults where the card still had the old one's, as when the person picks a channel;
 * online/offline follows the lane where the lanes decide it (see {@link LanePresence}), else the channel.
 */
final class ChannelFromName implements PropertyAccess.Consequence<Touchpoint, String> {

    /** The channel a new card named {@code name} gets when the person chose {@code chosen}. */
    static Channel forNewCard(String name, Channel chosen) {
        if (!chosen.id().equals(ChannelCatalog.OTHER)) {
            return chosen;
        }
        return ChannelGuess.of(name).orElse(chosen);
    }

    /** Whether the card's channel is one the name guessed (or none at all), so a new name may guess again. */
    static boolean isGuessed(Touchpoint card, String name) {
        String channel = card.channelId();
        return channel.equals(ChannelCatalog.OTHER)
                || ChannelGuess.of(name).map(Channel::id).filter(channel::equals).isPresent();
    }

    @Override
    public BiConsumer<JourneyMap, Touchpoint> follow(JourneyMap map, Touchpoint card, String oldName) {
        if (Objects.equals(oldName, card.name()) || !isGuessed(card, oldName)) {
            return (m, c) -> { };
        }
        Channel next = ChannelGuess.of(card.name()).orElse(ChannelCatalog.resolve(ChannelCatalog.OTHER));
        if (next.id().equals(card.channelId())) {
            return (m, c) -> { };
        }
        Channel previous = card.channel();
        Snapshot before = new Snapshot(card);
        card.setChannelId(next.id());
        if (card.category() == previous.defaultCategory()) {
            card.setCategory(next.defaultCategory());
        }
        if (card.control() == previous.defaultControl()) {
            card.setControl(next.defaultControl());
        }
        card.setPresence(LanePresence.of(map, card.laneId()).orElse(
                card.presence() == previous.defaultPresence() ? next.defaultPresence() : card.presence()));
        return (m, c) -> before.restore(c);
    }

    /** The values a guess may change, to put back on undo. */
    private record Snapshot(String channelId, Presence presence, TouchpointCategory category, Control control) {
        Snapshot(Touchpoint card) {
            this(card.channelId(), card.presence(), card.category(), card.control());
        }

        void restore(Touchpoint card) {
            card.setChannelId(channelId);
            card.setPresence(presence);
            card.setCategory(category);
            card.setControl(control);
        }
    }
}
