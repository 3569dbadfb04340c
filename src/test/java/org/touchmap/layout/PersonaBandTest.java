package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Persona;
import org.touchmap.model.Stage;

import static org.junit.jupiter.api.Assertions.*;

class PersonaBandTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private static final Persona ANNA = new Persona("Anna, 34", "Office manager", "", "",
            "A specialist soon", "", "Book in five minutes", "Waiting on hold");

    @Test
    void aMapWithoutPersonaHasNoBand() {
        JourneyMap map = MapLayouterTest.grid(2, 2);
        assertTrue(MapLayouter.layout(map, SETTINGS).personaBand().isEmpty());
    }

    @Test
    void aPersonaGetsABandUnderTheTitleAsWideAsTheTitle() {
        JourneyMap map = MapLayouterTest.grid(3, 2);
        map.setPersona(ANNA);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        PersonaBand band = layout.personaBand().orElseThrow();
        Rect title = layout.titleBox();
        assertEquals(new Rect(title.x(), title.maxY(), title.width(), band.bounds().height()), band.bounds());
        assertEquals(band.bounds().height() - PersonaBand.GAP, band.frame().height());
        assertTrue(band.frame().contains(band.avatar()));
        assertTrue(band.frame().contains(band.headline()));
        band.details().forEach(detail -> assertTrue(band.frame().contains(detail.box()), detail.toString()));
        assertTrue(layout.bounds().contains(band.bounds()));
    }

    @Test
    void theBandPushesHeadersAndGridDownByExactlyItsHeight() {
        JourneyMap without = MapLayouterTest.grid(3, 2);
        without.stage("s1").setPhase("Pre-sale");
        MapLayouterTest.place(without, "a", "s2", "l1", 10, 10);
        JourneyMap with = without.copy();
        with.setPersona(ANNA);

        MapLayout before = MapLayouter.layout(without, SETTINGS);
        MapLayout after = MapLayouter.layout(with, SETTINGS);

        double shift = after.personaBand().orElseThrow().bounds().height();
        assertEquals(before.grid().translate(0, shift), after.grid());
        assertEquals(before.phaseBands().get(0).bounds().translate(0, shift), after.phaseBands().get(0).bounds());
        assertEquals(before.columns().get(1).header().translate(0, shift), after.columns().get(1).header());
        assertEquals(before.card("a").orElseThrow().bounds().translate(0, shift),
                after.card("a").orElseThrow().bounds());
        assertEquals(before.bounds().height() + shift, after.bounds().height());
        assertEquals(before.bounds().width(), after.bounds().width());
        assertEquals(before.titleBox(), after.titleBox(), "the title stays where it was");
        assertTrue(after.personaBand().orElseThrow().bounds().maxY() <= after.phaseBands().get(0).bounds().y());
    }

    @Test
    void detailsShareTheSecondLineInEqualColumnsInHeaderOrder() {
        JourneyMap map = MapLayouterTest.grid(3, 1);
        map.setPersona(ANNA);
        PersonaBand band = MapLayouter.layout(map, SETTINGS).personaBand().orElseThrow();
        List<PersonaBand.DetailBox> details = band.details();
        assertEquals(List.of(PersonaDetail.NEEDS, PersonaDetail.GOALS, PersonaDetail.FRUSTRATIONS),
                details.stream().map(PersonaBand.DetailBox::detail).toList());
        assertEquals(details.get(0).box().width(), details.get(2).box().width(), 1e-9);
        assertTrue(details.get(0).box().maxX() < details.get(1).box().x(), "columns do not touch");
        assertEquals(band.headline().x(), details.get(0).box().x());
        assertEquals(band.headline().maxX(), details.get(2).box().maxX(), 1e-9);
        assertTrue(band.headline().maxY() <= details.get(0).box().y(), "the details are under the headline");
    }

    @Test
    void aLongDetailWrapsToLinesThatFitItsColumnAndTheBandGrowsToHoldThem() {
        JourneyMap map = MapLayouterTest.grid(2, 1);
        String needs = "Записаться к аллергологу без очереди, понятные цены до приёма, парковка рядом с клиникой, "
                + "врач, который выслушает, и результаты анализов по электронной почте";
        map.setPersona(new Persona("Анна, 34", "Офис-менеджер", "", "", needs, "", "Быстро", "Ожидание"));
        PersonaBand band = MapLayouter.layout(map, SETTINGS).personaBand().orElseThrow();
        PersonaBand.DetailBox column = band.details().get(0);

        assertTrue(column.lines().size() > 1, "the text wraps: " + column.lines());
        assertEquals(needs, String.join(" ", column.lines()), "every word is shown, none cut");
        column.lines().forEach(line -> assertTrue(
                BundledFontWidths.width(line, PersonaBand.DETAIL_FONT_SIZE) <= column.box().width(), line));
        Rect lastLine = column.lineBox(column.lines().size() - 1);
        assertTrue(column.box().contains(lastLine), "the column holds its last line");
        assertTrue(band.frame().contains(column.box()), "the band grew to hold the column");
    }

    @Test
    void shortDetailsKeepTheBandLow() {
        JourneyMap map = MapLayouterTest.grid(3, 1);
        map.setPersona(ANNA);
        PersonaBand band = MapLayouter.layout(map, SETTINGS).personaBand().orElseThrow();
        band.details().forEach(detail -> assertEquals(1, detail.lines().size(), detail.toString()));
        assertTrue(band.bounds().height() <= 90, "one line of text under each label: " + band.bounds());
    }

    @Test
    void aPersonaWithOnlyANameHasNoDetailColumns() {
        JourneyMap map = new JourneyMap("Persona only");
        map.addStage(new Stage("s1", "Awareness"));
        map.setPersona(new Persona("Ivan Petrov", "", "", "", "", "", "", ""));
        PersonaBand band = MapLayouter.layout(map, SETTINGS).personaBand().orElseThrow();
        assertTrue(band.details().isEmpty());
        assertTrue(band.headline().width() > 0);
    }
}
