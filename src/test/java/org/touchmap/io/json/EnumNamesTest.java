package org.touchmap.io.json;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Metric;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.TouchpointCategory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The names of enumerated values are part of the file format; renaming a Java constant must fail here. */
class EnumNamesTest {

    @Test
    void fileNamesOfEveryEnumeratedValueAreFixed() {
        assertEquals(List.of("unrated", "positive", "neutral", "negative"), EnumNames.namesOf(Rating.class));
        assertEquals(List.of("online", "offline"), EnumNames.namesOf(Presence.class));
        assertEquals(List.of("channelOrPlace", "materialOrContent", "situation"),
                EnumNames.namesOf(TouchpointCategory.class));
        assertEquals(List.of("controlled", "uncontrolled"), EnumNames.namesOf(Control.class));
        assertEquals(List.of("short", "long"), EnumNames.namesOf(Attention.class));
        assertEquals(List.of("oneOff", "recurring"), EnumNames.namesOf(Lifespan.class));
        assertEquals(List.of("observed", "assumed", "proposed"), EnumNames.namesOf(Evidence.class));
        assertEquals(List.of("better", "same", "worse", "competitorLacksIt", "weLackIt"),
                EnumNames.namesOf(CompetitorComparison.class));
        assertEquals(List.of("conversionPercent", "bouncePercent", "nps", "csat", "ces", "timeToTargetSeconds",
                "cost", "roiPercent"), EnumNames.namesOf(Metric.class));
        assertEquals(List.of("touchpoints", "actions", "goals", "thoughts", "feelings", "painPoints", "opportunities",
                "notes", "emotion", "storyboard", "metrics", "physicalEvidence", "frontstage", "backstage", "support"),
                EnumNames.namesOf(org.touchmap.model.LaneKind.class));
    }

    @Test
    void namesParseBackAndNothingElseDoes() {
        assertEquals(CompetitorComparison.WE_LACK_IT,
                EnumNames.parse(CompetitorComparison.class, "weLackIt").orElseThrow());
        assertTrue(EnumNames.parse(CompetitorComparison.class, "WE_LACK_IT").isEmpty());
        assertTrue(EnumNames.parse(CompetitorComparison.class, "welackit").isEmpty());
        assertTrue(EnumNames.parse(Rating.class, "").isEmpty());
    }
}
