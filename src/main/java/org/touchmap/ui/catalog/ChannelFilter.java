package org.touchmap.ui.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

import org.touchmap.model.Channel;
import org.touchmap.model.ChannelType;

/**
 * Which catalog entries the sidebar lists: those of the chosen family of channels (or all), whose
 * name in the interface's language, English name or id contains every word typed in the search.
 */
record ChannelFilter(String query, ChannelType type, Locale locale) implements Predicate<Channel> {

    @Override
    public boolean test(Channel channel) {
        if (type != null && channel.type() != type) {
            return false;
        }
        String haystack = (channel.displayName(locale) + " " + channel.displayName(Locale.ENGLISH) + " "
                + channel.id()).toLowerCase(locale);
        return Arrays.stream(query.toLowerCase(locale).trim().split("\\s+"))
                .allMatch(word -> word.isEmpty() || haystack.contains(word));
    }
}
