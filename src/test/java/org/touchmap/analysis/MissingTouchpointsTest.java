package org.touchmap.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.IndustryStarter;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapTemplates;
import org.touchmap.model.StageTemplate;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class MissingTouchpointsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aBareStageSetLacksEveryTypicalChannelOnceAtTheFirstStageExpectingIt() {
        JourneyMap map = MapTemplates.create(StageTemplate.BEFORE_DURING_AFTER, Locale.ENGLISH, NOW);

        List<MissingTouchpoint> missing = MissingTouchpoints.of(map);

        assertEquals(new MissingTouchpoint("before", "search-results"), missing.get(0));
        assertEquals(missing.size(), missing.stream().map(MissingTouchpoint::channelId).distinct().count());
        assertTrue(missing.contains(new MissingTouchpoint("after", "support-complaint")));
    }

    @Test
    void aFreshStarterLacksOnlyWhatItsStageSetAddsToItsCards() {
        JourneyMap map = MapTemplates.create(IndustryStarter.MEDICAL_CLINIC, Locale.ENGLISH, NOW);

        assertEquals(List.of(new MissingTouchpoint("awareness", "social-ads"),
                        new MissingTouchpoint("compare", "online-chat"),
                        new MissingTouchpoint("after", "email-newsletter"),
                        new MissingTouchpoint("after", "support-complaint")),
                MissingTouchpoints.of(map));
    }

    @Test
    void aChannelPlacedAtAnotherStageCountsAsPresent() {
        JourneyMap map = MapTemplates.create(IndustryStarter.MEDICAL_CLINIC, Locale.ENGLISH, NOW);
        Touchpoint chat = new Touchpoint("tp-chat", "Chat", "search", "online");
        chat.setChannelId("online-chat");
        map.addTouchpoint(chat);

        assertFalse(MissingTouchpoints.of(map).stream().anyMatch(m -> m.channelId().equals("online-chat")));
    }

    @Test
    void aMapWithoutAKnownTemplateLacksNothing() {
        JourneyMap map = MapTemplates.create(StageTemplate.FIVE_DECISIONS, Locale.ENGLISH, NOW);
        map.setTemplate("");
        assertEquals(List.of(), MissingTouchpoints.of(map));
        map.setTemplate("from-a-newer-version");
        assertEquals(List.of(), MissingTouchpoints.of(map));
    }

    /** The bakery of the trial: cards typed in by name in any language, their channels left at "Other". */
    @Test
    void aCardWhoseNameNamesAChannelCountsAsThatChannel() {
        JourneyMap map = MapTemplates.create(StageTemplate.CLIENT_FUNNEL, Locale.ENGLISH, NOW);
        map.addTouchpoint(new Touchpoint("tp-1", "Website: menu and prices", "search", map.lanes().get(0).id()));
        map.addTouchpoint(new Touchpoint("tp-2", "Оплата картой", "purchase", map.lanes().get(0).id()));
        map.addTouchpoint(new Touchpoint("tp-3", "Картица лојалности", "loyal", map.lanes().get(0).id()));
        map.addTouchpoint(new Touchpoint("tp-4", "Instagram post", "request", map.lanes().get(0).id()));

        List<String> missing = MissingTouchpoints.of(map).stream().map(MissingTouchpoint::channelId).toList();

        for (String named : List.of("web-page", "payment", "loyalty-programme", "social-post")) {
            assertFalse(missing.contains(named), named + " is on the map by name: " + missing);
        }
        assertTrue(missing.contains("sms"), "nothing names an SMS: " + missing);
    }
}
