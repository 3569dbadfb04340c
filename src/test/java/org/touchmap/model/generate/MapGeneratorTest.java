package org.touchmap.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

class MapGeneratorTest {
    @Test
    void makesAsManyOfEachAsAskedAndAConsistentMap() {
        JourneyMap map = MapGenerator.generate(GeneratorSettings.of(500, 6, 3, 12));

        assertEquals(500, map.touchpoints().size());
        assertEquals(6, map.stages().size());
        assertEquals(3, map.lanes().size());
        assertEquals(12, map.chains().size());
        assertEquals(List.of(), MapInvariants.problems(map));
    }

    @Test
    void chainsRunForwardStageByStage() {
        JourneyMap map = MapGenerator.generate(GeneratorSettings.of(400, 8, 2, 20));

        for (Chain chain : map.chains()) {
            assertTrue(chain.linkCount() >= 1, chain.name());
            for (ChainLink link : chain.links()) {
                assertTrue(map.stageIndex(map.touchpoint(link.from()).stageId())
                        < map.stageIndex(map.touchpoint(link.to()).stageId()), chain.name());
            }
        }
    }

    @Test
    void fullDetailMixesRatingsAndFillsInTheCards() {
        JourneyMap map = MapGenerator.generate(GeneratorSettings.of(300, 5, 2, 3));

        Set<Rating> ratings = EnumSet.noneOf(Rating.class);
        map.touchpoints().forEach(tp -> ratings.add(tp.rating()));
        assertEquals(EnumSet.allOf(Rating.class), ratings);
        Touchpoint first = map.touchpoint("tp0");
        assertTrue(!first.description().isEmpty() && !first.metrics().isEmpty() && !first.owner().isEmpty());
        for (org.touchmap.model.TouchpointText field : org.touchmap.model.TouchpointText.values()) {
            long filled = map.touchpoints().stream().filter(tp -> !tp.text(field).isEmpty()).count();
            assertTrue(filled > 0 && filled < map.touchpoints().size(), field + " on " + filled + " cards");
        }
    }

    @Test
    void theSameSeedGivesTheSameMapAndAnotherSeedAnother() {
        GeneratorSettings settings = GeneratorSettings.of(200, 5, 2, 4).withSeed(42);

        assertEquals(describe(MapGenerator.generate(settings)), describe(MapGenerator.generate(settings)));
        assertNotEquals(describe(MapGenerator.generate(settings)),
                describe(MapGenerator.generate(settings.withSeed(43))));
    }

    @Test
    void aMapWithMoreCellsThanCardsLeavesCellsEmpty() {
        JourneyMap map = MapGenerator.generate(GeneratorSettings.of(3, 10, 4, 2));

        assertEquals(3, map.touchpoints().size());
        assertEquals(List.of(), MapInvariants.problems(map));
    }

    @Test
    void refusesSizesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.of(-1, 5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.of(10, 0, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.of(GeneratorSettings.MAX_TOUCHPOINTS + 1, 5, 1, 1));
    }

    private static List<String> describe(JourneyMap map) {
        return map.touchpoints().stream()
                .map(tp -> tp.name() + "|" + tp.rating() + "|" + tp.stageId() + "|" + tp.criteria() + "|" + tp.notes())
                .toList();
    }
}
