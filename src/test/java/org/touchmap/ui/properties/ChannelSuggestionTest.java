package org.touchmap.ui.properties;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class ChannelSuggestionTest {
    private final JourneyMap map = new JourneyMap("Bakery");

    ChannelSuggestionTest() {
        map.addStage(new Stage("s", "Stage"));
        map.addLane(new Lane("l", "Lane"));
    }

    private String card(String id, String name, String channel) {
        Touchpoint card = new Touchpoint(id, name, "s", "l");
        card.setChannelId(channel);
        map.addTouchpoint(card);
        return id;
    }

    @Test
    void aCardStillOnOtherIsOfferedTheChannelItsNameNamesOneClickAway() {
        String id = card("a", "Оплата картой", ChannelCatalog.OTHER);

        ChannelSuggestion suggestion = ChannelSuggestion.of(map, List.of(id));

        assertEquals(ChannelSuggestion.Kind.OFFER, suggestion.kind());
        assertEquals("payment", suggestion.clickSets());
    }

    @Test
    void aGuessedChannelIsShownAsGuessedWithOneClickBackToOther() {
        String id = card("a", "Website: menu and prices", "web-page");

        ChannelSuggestion suggestion = ChannelSuggestion.of(map, List.of(id));

        assertEquals(ChannelSuggestion.Kind.GUESSED, suggestion.kind());
        assertEquals(ChannelCatalog.OTHER, suggestion.clickSets());
    }

    @Test
    void aChannelTheNameDoesNotNameOrSeveralCardsGetNoSuggestion() {
        String chosen = card("a", "Website", "store-visit");
        String plain = card("b", "Fresh croissants", ChannelCatalog.OTHER);

        assertEquals(ChannelSuggestion.NONE, ChannelSuggestion.of(map, List.of(chosen)));
        assertEquals(ChannelSuggestion.NONE, ChannelSuggestion.of(map, List.of(plain)));
        assertEquals(ChannelSuggestion.NONE, ChannelSuggestion.of(map, List.of(chosen, plain)));
    }
}
