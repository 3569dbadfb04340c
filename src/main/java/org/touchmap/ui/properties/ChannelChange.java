package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.touchmap.edit.ChannelSwitch;
import org.touchmap.edit.Command;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Changing the channel of the selected cards, with what follows from it (see {@link ChannelSwitch}), as
 * one undo step. {@link #resetToDefaults} sets online/offline, category and control to the channel's
 * defaults on request.
 */
final class ChannelChange implements EditedValue<String> {

    @Override
    public List<String> read(JourneyMap map, List<String> ids) {
        return EditedValues.touchpoint(TouchpointProperties.CHANNEL).read(map, ids);
    }

    @Override
    public Optional<Command> change(JourneyMap map, List<String> ids, String channelId) {
        List<Command> changes = new ArrayList<>();
        int cards = 0;
        for (String id : ids) {
            Optional<Touchpoint> card = map.findTouchpoint(id);
            List<Command> cardChanges = card.map(c -> ChannelSwitch.to(map, c, channelId)).orElse(List.of());
            changes.addAll(cardChanges);
            cards += cardChanges.isEmpty() ? 0 : 1;
        }
        return EditedValues.asOneStep(changes, cards);
    }

    /** Online/offline, category and control of every card set to its channel's defaults, as one step. */
    Optional<Command> resetToDefaults(JourneyMap map, List<String> ids) {
        List<Command> changes = new ArrayList<>();
        int cards = 0;
        for (String id : ids) {
            Optional<Touchpoint> card = map.findTouchpoint(id);
            List<Command> cardChanges = card.map(c -> ChannelSwitch.toDefaults(map, c)).orElse(List.of());
            changes.addAll(cardChanges);
            cards += cardChanges.isEmpty() ? 0 : 1;
        }
        return EditedValues.asOneStep(changes, cards);
    }
}
