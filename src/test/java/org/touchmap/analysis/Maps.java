package org.touchmap.analysis;

import java.util.Map;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** Small maps built in code for the analysis tests. */
final class Maps {
    private final JourneyMap map = new JourneyMap("test");

    private Maps() {
        map.addLane(new Lane("lane", "Lane"));
    }

    /** A map with stages s1..sN, no touchpoints. */
    static Maps withStages(int count) {
        Maps maps = new Maps();
        for (int i = 1; i <= count; i++) {
            maps.map.addStage(new Stage("s" + i, "Stage " + i));
        }
        return maps;
    }

    Maps visitors(Long... visitors) {
        for (int i = 0; i < visitors.length; i++) {
            map.stages().get(i).setVisitors(visitors[i]);
        }
        return this;
    }

    Touchpoint card(String id, String stageId, Rating rating) {
        Touchpoint tp = new Touchpoint(id, id, stageId, "lane");
        tp.setRating(rating);
        map.addTouchpoint(tp);
        return tp;
    }

    Touchpoint card(String id, String stageId, Rating rating, boolean keyPoint, Map<String, Integer> criteria) {
        Touchpoint tp = card(id, stageId, rating);
        tp.setKeyPoint(keyPoint);
        tp.setCriteria(criteria);
        return tp;
    }

    Touchpoint card(String id, String stageId, CompetitorComparison competitor) {
        Touchpoint tp = card(id, stageId, Rating.UNRATED);
        tp.setCompetitor(competitor);
        return tp;
    }

    Chain chain(String id, String... touchpointIds) {
        Chain chain = new Chain(id, id, "#336699");
        for (int i = 0; i + 1 < touchpointIds.length; i++) {
            chain.addLink(new ChainLink(touchpointIds[i], touchpointIds[i + 1]));
        }
        map.addChain(chain);
        return chain;
    }

    JourneyMap map() {
        return map;
    }
}
