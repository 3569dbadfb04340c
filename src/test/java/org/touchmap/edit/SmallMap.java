package org.touchmap.edit;

import java.util.Locale;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Presence;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * A map small enough to reason about by hand: stages s1..s3, lanes l1 and l2, cards a..e (c is an
 * offline key point, the others have default values), a chain "main" a→b→c→b→d that passes
 * card b twice, and a chain "back" d→a that continues into "main".
 */
final class SmallMap {
    private SmallMap() {
    }

    static JourneyMap build() {
        JourneyMap map = new JourneyMap("Small");
        map.addStage(new Stage("s1", "First"));
        map.addStage(new Stage("s2", "Second"));
        map.addStage(new Stage("s3", "Third"));
        map.addLane(new Lane("l1", "Online"));
        map.addLane(new Lane("l2", "Offline"));
        card(map, "a", "s1", "l1", 0);
        card(map, "b", "s2", "l1", 0);
        Touchpoint c = card(map, "c", "s2", "l2", 90);
        c.setPresence(Presence.OFFLINE);
        c.setKeyPoint(true);
        card(map, "d", "s3", "l1", 0);
        card(map, "e", "s2", "l1", 180);
        Chain main = new Chain("main", "Main", "#0072b2");
        main.addLink(new ChainLink("a", "b"));
        main.addLink(new ChainLink("b", "c"));
        main.addLink(new ChainLink("c", "b"));
        main.addLink(new ChainLink("b", "d"));
        Chain back = new Chain("back", "Back", "#d55e00");
        back.addLink(new ChainLink("d", "a"));
        back.setNextChainId("main");
        map.addChain(main);
        map.addChain(back);
        return map;
    }

    private static Touchpoint card(JourneyMap map, String id, String stage, String lane, double y) {
        Touchpoint tp = new Touchpoint(id, "Card " + id.toUpperCase(Locale.ROOT), stage, lane);
        tp.setY(y);
        map.addTouchpoint(tp);
        return tp;
    }
}
