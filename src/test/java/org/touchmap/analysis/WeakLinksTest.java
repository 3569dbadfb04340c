package org.touchmap.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class WeakLinksTest {

    @Test
    void keyPointsFirstThenLowestCriteriaThenUnscoredThenStageOrder() {
        Maps maps = Maps.withStages(3);
        maps.card("late-unscored", "s3", Rating.NEGATIVE);
        maps.card("early-unscored", "s1", Rating.NEGATIVE);
        maps.card("good-score", "s1", Rating.NEGATIVE, false, Map.of("x", 4));
        maps.card("bad-score", "s2", Rating.NEGATIVE, false, Map.of("x", 2));
        maps.card("key-good", "s3", Rating.NEGATIVE, true, Map.of("x", 5));
        maps.card("key-unscored", "s1", Rating.NEGATIVE, true, Map.of());
        maps.card("positive", "s1", Rating.POSITIVE, true, Map.of("x", 1));
        maps.card("unrated", "s1", Rating.UNRATED);

        List<WeakLink> links = WeakLinks.of(maps.map());

        assertEquals(List.of("key-good", "key-unscored", "bad-score", "good-score", "early-unscored", "late-unscored"),
                links.stream().map(WeakLink::touchpointId).toList());
        assertTrue(links.get(0).keyPoint());
        assertEquals(5.0, links.get(0).criteriaAverage().orElseThrow());
        assertTrue(links.get(1).criteriaAverage().isEmpty());
    }
}
