package org.touchmap.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ChannelCatalogTest {
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));

    @Test
    void catalogListsTheChannelsOfTheDesign() {
        Set<String> ids = new HashSet<>();
        ChannelCatalog.all().forEach(c -> ids.add(c.id()));
        assertTrue(ids.containsAll(List.of("web-page", "online-chat", "phone-call", "contextual-ad",
                "third-party-reviews", "sms", "delivery", "reception-desk", "word-of-mouth", "other")));
        assertEquals(38, ids.size());
    }

    @Test
    void everyChannelAndCriterionHasANameInEveryLanguage() {
        for (Locale locale : LOCALES) {
            for (Channel channel : ChannelCatalog.all()) {
                String name = channel.displayName(locale);
                assertFalse(name.startsWith("channel."), () -> "no " + locale + " name for " + channel.id());
            }
            for (Criterion criterion : Criterion.values()) {
                assertFalse(criterion.displayName(locale).startsWith("criterion."),
                        () -> "no " + locale + " name for " + criterion.id());
                assertFalse(criterion.hint(locale).startsWith("criterion."),
                        () -> "no " + locale + " hint for " + criterion.id());
            }
        }
        assertEquals("Телефонный звонок", ChannelCatalog.resolve("phone-call").displayName(Locale.forLanguageTag("ru")));
        assertEquals("Телефонски позив", ChannelCatalog.resolve("phone-call").displayName(Locale.forLanguageTag("sr")));
    }

    @Test
    void unknownChannelResolvesToOther() {
        assertEquals("other", ChannelCatalog.resolve("carrier-pigeon").id());
        assertTrue(ChannelCatalog.byId("carrier-pigeon").isEmpty());
    }

    @Test
    void siteChannelsAreScoredOnSiteCriteria() {
        assertTrue(ChannelCatalog.resolve("web-page").criteria().contains(Criterion.MOBILE_VERSION));
        assertTrue(ChannelCatalog.resolve("phone-call").criteria().contains(Criterion.SALES_SCRIPT));
    }
}
