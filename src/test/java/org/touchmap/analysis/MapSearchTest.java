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
    void findsNotesByTheirTextAndAStepsOwnerInReadingOrderAmongTheCards() {
        Maps maps = Maps.withStages(2);
        org.touchmap.model.Lane backstage = new org.touchmap.model.Lane("back", "Backstage");
        backstage.setKind(org.touchmap.model.LaneKind.BACKSTAGE);
        maps.map().addLane(backstage);
        maps.card("desk", "s2", Rating.POSITIVE).setName("Reception desk");
        org.touchmap.model.Note step = new org.touchmap.model.Note("step", "Books the slot", "s1", "back");
        step.setOwner("Reception");
        maps.map().addNote(step);
        maps.map().addNote(new org.touchmap.model.Note("other", "Sends results", "s2", "back"));

        assertEquals(List.of("desk", "step"), MapSearch.find(maps.map(), "reception", EN),
                "the card's name holds the word, the step only its owner: the name ranks first");
        assertEquals(List.of("step", "desk"), MapSearch.find(maps.map(), "rec", EN),
                "inside words both rank the same: the note's stage comes first");
        assertEquals(List.of("step"), MapSearch.find(maps.map(), "slot", EN));
        assertEquals(List.of("other"), MapSearch.find(maps.map(), "RESULTS", EN));
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
    void hitsOfOneRankComeStageByStageThenLaneByLane() {
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
    void aCardNamedByTheWholePhraseComesBeforeCardsThatOnlyContainItsWords() {
        Maps maps = Maps.withStages(2);
        maps.card("call-23", "s1", Rating.POSITIVE).setName("Phone call 23");
        maps.card("call-30", "s1", Rating.POSITIVE).setName("Phone call 30");
        maps.card("words", "s1", Rating.POSITIVE).setName("Call 3 times, then phone");
        maps.card("in-notes", "s1", Rating.POSITIVE).setNotes("After phone call 3 the client books");
        maps.card("call-3", "s2", Rating.POSITIVE).setName("Phone call 3");

        assertEquals(List.of("call-3", "in-notes", "call-30", "call-23", "words"),
                MapSearch.find(maps.map(), "phone call 3", EN),
                "the name itself first, then the phrase as whole words anywhere, then the phrase inside a longer"
                        + " word, then the words in any order");
    }

    @Test
    void hitsOfEqualRankKeepReadingOrder() {
        Maps maps = Maps.withStages(2);
        maps.card("late", "s2", Rating.POSITIVE).setName("Reminder SMS");
        maps.card("early", "s1", Rating.POSITIVE).setName("SMS reminder sent");
        maps.card("exact-late", "s2", Rating.POSITIVE).setName("SMS reminder");
        maps.card("exact-early", "s1", Rating.POSITIVE).setName("sms  Reminder");

        assertEquals(List.of("exact-early", "exact-late", "early", "late"),
                MapSearch.find(maps.map(), "SMS reminder", EN));
    }

    @Test
    void aBlankQueryFindsNothing() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE);

        assertEquals(List.of(), MapSearch.find(maps.map(), "   ", EN));
        assertEquals(List.of(), MapSearch.find(maps.map(), null, EN));
    }
}
