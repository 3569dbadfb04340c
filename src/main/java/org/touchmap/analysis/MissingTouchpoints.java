package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchmap.model.ChannelGuess;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapTemplate;
import org.touchmap.model.MapTemplates;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * The typical touchpoints of the map's template that the map lacks: channels the template
 * expects at one of the map's stages and no card of the map uses anywhere. A card uses a channel
 * when it has that channel or its name names it ("Card payment" is a payment even while its
 * channel is still "Other", see {@link ChannelGuess#names}). A channel placed at
 * another stage than the template's counts as present, since businesses meet customers where
 * they do; a map without a known template has nothing missing.
 */
public final class MissingTouchpoints {
    private MissingTouchpoints() {
    }

    public static List<MissingTouchpoint> of(JourneyMap map) {
        MapTemplate template = MapTemplates.byId(map.template()).orElse(null);
        if (template == null) {
            return List.of();
        }
        Set<String> reported = new HashSet<>();
        map.touchpoints().stream().map(Touchpoint::channelId).forEach(reported::add);
        List<MissingTouchpoint> missing = new ArrayList<>();
        for (Stage stage : map.stages()) {
            for (String channel : template.typicalChannels(stage.id())) {
                if (reported.add(channel) && !namedByACard(map, channel)) {
                    missing.add(new MissingTouchpoint(stage.id(), channel));
                }
            }
        }
        return List.copyOf(missing);
    }

    private static boolean namedByACard(JourneyMap map, String channelId) {
        return map.touchpoints().stream().anyMatch(card -> ChannelGuess.names(card.name(), channelId));
    }
}
