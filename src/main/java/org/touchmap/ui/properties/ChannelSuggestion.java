package org.touchmap.ui.properties;

import java.util.List;
import java.util.Optional;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.ChannelGuess;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * What the panel says under one card's channel about its name (see {@link ChannelGuess}):
 * a card still on "Other" whose name names a channel is offered that channel, one click away;
 * a card whose channel is the one its name names is told the channel was guessed, with one click
 * back to "Other". Several cards, or a channel the name does not name, get nothing.
 *
 * @param kind    which of the two, or {@link Kind#NONE}
 * @param channel the channel offered or guessed; {@code null} for {@link Kind#NONE}
 */
record ChannelSuggestion(Kind kind, Channel channel) {
    enum Kind { NONE, OFFER, GUESSED }

    static final ChannelSuggestion NONE = new ChannelSuggestion(Kind.NONE, null);

    static ChannelSuggestion of(JourneyMap map, List<String> ids) {
        if (map == null || ids.size() != 1) {
            return NONE;
        }
        Touchpoint card = map.findTouchpoint(ids.get(0)).orElse(null);
        if (card == null) {
            return NONE;
        }
        Optional<Channel> guess = ChannelGuess.of(card.name());
        if (guess.isEmpty()) {
            return NONE;
        }
        if (card.channelId().equals(ChannelCatalog.OTHER)) {
            return new ChannelSuggestion(Kind.OFFER, guess.get());
        }
        return card.channelId().equals(guess.get().id()) ? new ChannelSuggestion(Kind.GUESSED, guess.get()) : NONE;
    }

    /** The channel the one click sets: the offered one, or "Other" to undo a guess. */
    String clickSets() {
        return kind == Kind.OFFER ? channel.id() : ChannelCatalog.OTHER;
    }
}
