package org.touchmap.analysis;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class MapSearchTest {
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void findsCardsByNameDescriptionNotesAndChannel() {
        Maps maps = Maps.withStages(2);
        maps.card("flyer", "s1", Rating.POSITIVE).setName("Flyer in the lobby");
        maps.card("call", "s1", Rating.POSITIVE).setDescription("The receptionist picks up after ten rings");
        maps.card("chat", "s2", Rating.POSITIVE).setNotes("Ask about the lobby screen");
        Touchpoint phone = maps.card("booking", "s2", Rating.POSITIVE);
        phone.setChannelId("phone-call");
        maps.card("other", "s2", Rating.POSITIVE).setPainPoints("Nothing about it");

        assertEquals(List.of("flyer", "chat"), MapSearch.find(maps.map(), "LOBBY", EN));
        assertEquals(List.of("call"), MapSearch.find(maps.map(), "receptionist", EN));
        assertEquals(List.of("booking"), MapSearch.find(maps.map(), "phone call", EN),
                "the channel's name is searched in the language shown");
        assertEquals(List.of("booking"), MapSearch.find(maps.map(), "телефон", Locale.forLanguageTag("ru")));
    }

    @Test
    void everyWordMustOccurSomewhereOnTheCard() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE).setName("Reminder SMS");
        maps.card("b", "s1", Rating.POSITIVE).setName("Reminder e-mail");

        assertEquals(List.of("a"), MapSearch.find(maps.map(), "  sms   reminder ", EN));
        assertEquals(List.of(), MapSearch.find(maps.map(), "reminder fax", EN));
    }

    @Test
    void treatsYoAndYeAsOneLetter() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE).setName("Счёт на оплату");

        assertEquals(List.of("a"), MapSearch.find(maps.map(), "счет", EN));
        assertEquals(List.of("a"), MapSearch.find(maps.map(), "СЧЁТ", EN));
    }

    @Test
    void hitsComeStageByStageThenLaneByLane() {
        Maps maps = Maps.withStages(2);
        maps.map().addLane(0, new Lane("top", "Top"));
        maps.card("late", "s2", Rating.POSITIVE).setName("visit");
        maps.card("early-bottom", "s1", Rating.POSITIVE).setName("visit");
        Touchpoint top = maps.card("early-top", "s1", Rating.POSITIVE);
        top.setName("visit");
        top.setLaneId("top");

        assertEquals(List.of("early-top", "early-bottom", "late"), MapSearch.find(maps.map(), "visit", EN));
    }

    @Test
    void aBlankQueryFindsNothing() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE);

        assertEquals(List.of(), MapSearch.find(maps.map(), "   ", EN));
        assertEquals(List.of(), MapSearch.find(maps.map(), null, EN));
    }
}
