package org.touchmap.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class WeakLinksTest {

    @Test
    void keyPointsFirstThenConversionPointsThenTheRestEachByCriteriaAverage() {
        Maps maps = Maps.withStages(3);
        maps.card("other-unscored", "s1", Rating.NEGATIVE);
        maps.card("other-good", "s1", Rating.NEGATIVE, false, Map.of("x", 4));
        maps.card("other-bad", "s2", Rating.NEGATIVE, false, Map.of("x", 2));
        maps.card("checkout", "s3", Rating.NEGATIVE, false, Map.of("x", 5)).setChannelId("payment");
        maps.card("converting", "s2", Rating.NEGATIVE, false, Map.of("x", 3))
                .setMetrics(Map.of(Metric.CONVERSION_PERCENT, 12.0));
        maps.card("converting-unscored", "s1", Rating.NEGATIVE).setMetrics(Map.of(Metric.CONVERSION_PERCENT, 4.0));
        maps.card("key-good", "s3", Rating.NEGATIVE, true, Map.of("x", 5));
        maps.card("key-unscored", "s1", Rating.NEGATIVE, true, Map.of());
        maps.card("key-bad", "s2", Rating.NEGATIVE, true, Map.of("x", 1))
                .setMetrics(Map.of(Metric.CONVERSION_PERCENT, 50.0));
        maps.card("positive", "s1", Rating.POSITIVE, true, Map.of("x", 1));
        maps.card("unrated", "s1", Rating.UNRATED);

        List<WeakLink> links = WeakLinks.of(maps.map());

        assertEquals(List.of("key-bad", "key-good", "key-unscored", "converting", "checkout", "converting-unscored",
                        "other-bad", "other-good", "other-unscored"),
                links.stream().map(WeakLink::touchpointId).toList());
        assertEquals(List.of(WeakLinkReason.KEY_POINT, WeakLinkReason.KEY_POINT, WeakLinkReason.KEY_POINT,
                        WeakLinkReason.CONVERSION_POINT, WeakLinkReason.CONVERSION_POINT,
                        WeakLinkReason.CONVERSION_POINT, WeakLinkReason.OTHER, WeakLinkReason.OTHER,
                        WeakLinkReason.OTHER),
                links.stream().map(WeakLink::reason).toList());
        assertTrue(links.get(0).keyPoint());
        assertFalse(links.get(3).keyPoint(), "a conversion point is not marked as a key point");
        assertEquals(1.0, links.get(0).criteriaAverage().orElseThrow());
        assertTrue(links.get(2).criteriaAverage().isEmpty());
    }

    @Test
    void tiesKeepTheMapsOrderWhateverTheStage() {
        Maps maps = Maps.withStages(3);
        maps.card("late", "s3", Rating.NEGATIVE, false, Map.of("x", 2));
        maps.card("early", "s1", Rating.NEGATIVE, false, Map.of("x", 2));
        maps.card("late-unscored", "s3", Rating.NEGATIVE);
        maps.card("early-unscored", "s1", Rating.NEGATIVE);

        List<WeakLink> links = WeakLinks.of(maps.map());

        assertEquals(List.of("late", "early", "late-unscored", "early-unscored"),
                links.stream().map(WeakLink::touchpointId).toList());
    }

    @Test
    void aConversionPointCarriesAConversionMetricOrIsAPayment() {
        Maps maps = Maps.withStages(1);
        var bounce = maps.card("bounce", "s1", Rating.NEGATIVE);
        bounce.setMetrics(Map.of(Metric.BOUNCE_PERCENT, 40.0, Metric.NPS, 10.0));
        var zero = maps.card("zero", "s1", Rating.NEGATIVE);
        zero.setMetrics(Map.of(Metric.CONVERSION_PERCENT, 0.0));
        var payment = maps.card("pay", "s1", Rating.NEGATIVE);
        payment.setChannelId("payment");

        assertEquals(WeakLinkReason.OTHER, WeakLinkReason.of(bounce));
        assertEquals(WeakLinkReason.CONVERSION_POINT, WeakLinkReason.of(zero), "a measured 0 % is still measured");
        assertEquals(WeakLinkReason.CONVERSION_POINT, WeakLinkReason.of(payment));
        payment.setKeyPoint(true);
        assertEquals(WeakLinkReason.KEY_POINT, WeakLinkReason.of(payment));
    }
}
