package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapTemplate;
import org.touchmap.model.MapTemplates;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * The typical touchpoints of the map's template that the map lacks: channels the template
 * expects at one of the map's stages and no card of the map uses anywhere. A channel placed at
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
        Set<String> used = new HashSet<>();
        map.touchpoints().stream().map(Touchpoint::channelId).forEach(used::add);
        List<MissingTouchpoint> missing = new ArrayList<>();
        for (Stage stage : map.stages()) {
            for (String channel : template.typicalChannels(stage.id())) {
                if (used.add(channel)) {
                    missing.add(new MissingTouchpoint(stage.id(), channel));
                }
            }
        }
        return List.copyOf(missing);
    }
}
