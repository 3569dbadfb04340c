package org.touchmap.render;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class LegendTest {
    private final JourneyMap map = SampleMaps.russian();
    private final MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
    private final RenderMessages russian = new RenderMessages(Locale.forLanguageTag("ru"));

    @Test
    void listsTheRatingsMarksAndEveryChainInTheOptionsLanguage() {
        Legend legend = Legend.below(layout.grid().maxY(), layout, map.chains(), true, false, russian);
        List<String> words = legend.rows().stream().flatMap(row -> row.entries().stream()).map(Legend.Entry::text)
                .toList();
        assertTrue(words.containsAll(List.of("Позитивная", "Нейтральная", "Негативная", "Ещё не оценена")),
                words.toString());
        map.chains().forEach(chain -> assertTrue(words.contains(chain.name()), chain.name()));
        assertEquals(List.of("Оценки", "Значки", "Цепочки"), legend.rows().stream().map(Legend.Row::label).toList());
    }

    @Test
    void theLinkMarkIsExplainedOnlyWhereACardCarriesIt() {
        List<String> without = Legend.below(0, layout, List.of(), false, false, russian).rows().get(1).entries()
                .stream().map(Legend.Entry::text).toList();
        List<String> with = Legend.below(0, layout, List.of(), false, true, russian).rows().get(1).entries()
                .stream().map(Legend.Entry::text).toList();

        assertFalse(without.contains(russian.badge(org.touchmap.layout.CardBadge.LINK)), without.toString());
        assertTrue(with.contains(russian.badge(org.touchmap.layout.CardBadge.LINK)), with.toString());
    }

    @Test
    void withOnlyOneChainTheLegendNamesOnlyThatChain() {
        Picture picture = Picture.of(map, PictureOptions.defaults(Locale.ENGLISH).withOnlyChain("ch-repeat"));
        Legend legend = picture.legend().orElseThrow();
        List<String> chains = legend.rows().get(2).entries().stream().map(Legend.Entry::text).toList();
        assertEquals(List.of(map.chain("ch-repeat").name()), chains);
    }

    @Test
    void aMapWithoutChainsHasNoChainRow() {
        Legend legend = Legend.below(0, layout, List.of(), false, false, russian);
        assertEquals(2, legend.rows().size());
    }

    @Test
    void entriesWrapInsideTheLegendAndNeverOverlap() {
        List<Chain> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Chain("c" + i, "Chain number " + i + " with a long name", "#0072b2"));
        }
        Legend legend = Legend.below(0, layout, many, false, false, russian);
        var entries = legend.rows().get(2).entries();
        assertTrue(entries.get(entries.size() - 1).textBox().y() > entries.get(0).textBox().y(), "wrapped");
        for (Legend.Entry entry : entries) {
            assertTrue(legend.bounds().contains(entry.textBox()), entry.text());
        }
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                assertFalse(entries.get(i).textBox().union(entries.get(i).signBox())
                        .overlaps(entries.get(j).textBox().union(entries.get(j).signBox())));
            }
        }
    }
}
