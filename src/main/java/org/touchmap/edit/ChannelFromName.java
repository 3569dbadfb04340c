package org.touchmap.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.ChannelGuess;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * When a card's channel is guessed from its name (see {@link ChannelGuess}):
 * <ul>
 *   <li>a card created with a name and no channel chosen ("Other"), by fast entry or the add-card command,
 *       gets the channel its name names, with that channel's defaults;</li>
 *   <li>a rename of a card whose channel is still "Other" or still the one guessed from its old name gets the
 *       channel the new name names ("Other" when it names none), in the same undo step as the rename.</li>
 * </ul>
 * A channel the person chose themselves is never touched. When the channel changes, what follows it changes
 * as when the person picks a channel ({@link ChannelSwitch}).
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
        List<Command> changes = ChannelSwitch.to(map, card, next.id());
        changes.forEach(change -> change.execute(map));
        return (m, c) -> {
            for (int i = changes.size() - 1; i >= 0; i--) {
                changes.get(i).undo(m);
            }
        };
    }
}
