package org.touchmap.ui.properties;

import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;

/** A channel in a list: its icon and its name in the interface's language. */
final class ChannelCell extends ListCell<Channel> {
    private static final int ICON_SIZE = 16;

    private final Locale locale;
    private final Supplier<String> emptyText;

    /** @param emptyText what the cell says when it shows no channel, e.g. a list's prompt */
    ChannelCell(Locale locale, Supplier<String> emptyText) {
        this.locale = locale;
        this.emptyText = emptyText;
    }

    @Override
    protected void updateItem(Channel channel, boolean empty) {
        super.updateItem(channel, empty);
        if (empty || channel == null) {
            setText(emptyText.get());
            setGraphic(null);
        } else {
            setText(channel.displayName(locale));
            FontIcon icon = new FontIcon(channel.iconLiteral());
            icon.setIconSize(ICON_SIZE);
            setGraphic(icon);
        }
    }

    /** Names for searching and showing; a typed name that is no channel's gives none. */
    static StringConverter<Channel> converter(Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(Channel channel) {
                return channel == null ? "" : channel.displayName(locale);
            }

            @Override
            public Channel fromString(String name) {
                return ChannelCatalog.all().stream().filter(c -> c.displayName(locale).equals(name))
                        .findFirst().orElse(null);
            }
        };
    }
}
