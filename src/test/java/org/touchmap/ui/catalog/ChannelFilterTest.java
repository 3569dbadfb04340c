package org.touchmap.ui.catalog;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.ChannelType;

import static org.junit.jupiter.api.Assertions.*;

class ChannelFilterTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static List<String> ids(ChannelFilter filter) {
        return ChannelCatalog.all().stream().filter(filter).map(Channel::id).toList();
    }

    @Test
    void searchMatchesTheNameInTheInterfacesLanguageAndInEnglish() {
        assertTrue(ids(new ChannelFilter("телефон", null, RUSSIAN)).contains("phone-call"));
        assertTrue(ids(new ChannelFilter("phone", null, RUSSIAN)).contains("phone-call"), "English names work too");
        assertEquals(List.of("phone-call"), ids(new ChannelFilter("PHONE call", null, Locale.ENGLISH)));
    }

    @Test
    void aFamilyNarrowsTheListAndAnEmptySearchShowsEverything() {
        assertEquals(ChannelCatalog.all().size(), ids(new ChannelFilter("  ", null, Locale.ENGLISH)).size());
        List<String> delivery = ids(new ChannelFilter("", ChannelType.DELIVERY, Locale.ENGLISH));
        assertEquals(List.of("delivery", "packaging"), delivery);
        assertEquals(List.of(), ids(new ChannelFilter("web", ChannelType.DELIVERY, Locale.ENGLISH)));
    }
}
