package org.touchmap.model;

import java.util.List;
import java.util.Objects;

/**
 * One stage of a {@link StageTemplate}: its id in maps made from the template, the phase it
 * belongs to ({@code null} for none) and the channels a map at this stage usually has.
 */
public record TemplateStage(String id, String phaseId, List<String> typicalChannels) {
    public TemplateStage {
        Ids.requireValid(id);
        typicalChannels = List.copyOf(typicalChannels);
        typicalChannels.forEach(channel -> Objects.requireNonNull(ChannelCatalog.byId(channel).orElse(null),
                () -> "Unknown channel " + channel));
    }

    static TemplateStage of(String id, String phaseId, String... typicalChannels) {
        return new TemplateStage(id, phaseId, List.of(typicalChannels));
    }
}
