package org.touchmap.ui.properties;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.edit.CommandStack;
import org.touchmap.model.Control;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

import static org.junit.jupiter.api.Assertions.*;

class ChannelChangeTest {
    private final JourneyMap map = MedicalClinicMap.build();
    private final CommandStack stack = new CommandStack(map);
    private final ChannelChange change = new ChannelChange();

    /** Lanes that do not decide online/offline, so the channel's defaults do. */
    private void lanesThatDoNotDecide() {
        map.lanes().forEach(lane -> lane.setName("Row " + map.lanes().indexOf(lane)));
    }

    @Test
    void whereTheOnlineOfflineLanesDecideTheLaneKeepsDecidingPresence() {
        stack.execute(change.change(map, List.of("tp-phone"), "online-chat").orElseThrow());
        assertEquals(Presence.OFFLINE, map.touchpoint("tp-phone").presence(), "the card is in the Offline lane");

        map.touchpoint("tp-page").setPresence(Presence.OFFLINE);
        assertTrue(change.resetToDefaults(map, List.of("tp-page")).isEmpty(),
                "the Online lane's card is not set against its lane");
    }

    @Test
    void valuesThatWereTheOldChannelsDefaultsFollowTheNewChannel() {
        lanesThatDoNotDecide();
        // Booking by phone: offline, channel or place, controlled: all the defaults of a phone call.
        JourneyMap before = map.copy();
        stack.execute(change.change(map, List.of("tp-phone"), "online-chat").orElseThrow());
        Touchpoint card = map.touchpoint("tp-phone");
        assertEquals("online-chat", card.channelId());
        assertEquals(Presence.ONLINE, card.presence());
        assertEquals(Control.CONTROLLED, card.control());

        stack.undo();
        assertEquals(before, map, "channel and its defaults go back in one step");
    }

    @Test
    void aValueThePersonChoseStays() {
        lanesThatDoNotDecide();
        map.touchpoint("tp-page").setControl(Control.UNCONTROLLED);
        stack.execute(change.change(map, List.of("tp-page"), "word-of-mouth").orElseThrow());
        Touchpoint card = map.touchpoint("tp-page");
        assertEquals(Presence.OFFLINE, card.presence(), "online was the web page's default");
        assertEquals(TouchpointCategory.SITUATION, card.category());
        assertEquals(Control.UNCONTROLLED, card.control(), "the person's own choice is kept");
    }

    @Test
    void resetSetsTheChannelsDefaultsOnRequestAndOnlyWhenSomethingDiffers() {
        lanesThatDoNotDecide();
        map.touchpoint("tp-page").setPresence(Presence.OFFLINE);
        map.touchpoint("tp-chat").setControl(Control.UNCONTROLLED);
        stack.execute(change.resetToDefaults(map, List.of("tp-page", "tp-chat", "tp-ad")).orElseThrow());
        assertEquals(Presence.ONLINE, map.touchpoint("tp-page").presence());
        assertEquals(Control.CONTROLLED, map.touchpoint("tp-chat").control());
        assertTrue(change.resetToDefaults(map, List.of("tp-page", "tp-chat")).isEmpty());
        stack.undo();
        assertEquals(Presence.OFFLINE, map.touchpoint("tp-page").presence());
        assertEquals(Control.UNCONTROLLED, map.touchpoint("tp-chat").control());
    }

    @Test
    void choosingTheChannelTheCardsHaveChangesNothing() {
        assertTrue(change.change(map, List.of("tp-phone", "tp-reminder"), "phone-call").isEmpty());
    }
}
