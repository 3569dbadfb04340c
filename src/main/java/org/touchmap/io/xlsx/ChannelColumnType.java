package org.touchmap.io.xlsx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;

/**
 * A card's channel: a catalog channel by its name in any language (or its id), or any other text
 * as a channel of the person's own. An empty cell means "other".
 */
final class ChannelColumnType implements ColumnType<String> {
    private final Map<String, String> catalogIdByName = new HashMap<>();

    ChannelColumnType() {
        for (Channel channel : ChannelCatalog.all()) {
            catalogIdByName.put(Normalized.of(channel.id()), channel.id());
            for (Locale language : ColumnText.LANGUAGES) {
                catalogIdByName.putIfAbsent(Normalized.of(channel.displayName(language)), channel.id());
            }
        }
    }

    @Override
    public CellValue cell(String channelId, Locale locale, JourneyMap map) {
        return CellValue.text(ChannelCatalog.byId(channelId).map(c -> c.displayName(locale))
                .orElse(CellText.fit(channelId)));
    }

    @Override
    public CellReading<String> read(SheetCell cell, ReadContext context) {
        String text = cell.text().strip();
        if (context.original() != null && text.equals(CellText.fit(context.original().channelId()))) {
            return CellReading.of(context.original().channelId());
        }
        return CellReading.of(catalogIdByName.getOrDefault(Normalized.of(text), text));
    }

    @Override
    public CellReading<String> readBlank(ReadContext context) {
        return CellReading.of(ChannelCatalog.OTHER);
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.Names(ListSource.CHANNELS, false);
    }
}
