package org.touchmap.render;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Palette;
import org.touchmap.layout.PersonaBand;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Persona;

import static org.junit.jupiter.api.Assertions.*;

class PersonaPictureTest {
    private static final PictureOptions ENGLISH = PictureOptions.defaults(Locale.ENGLISH);

    @Test
    void aMapWithAPersonaIsTallerByTheBandAndAsWide() {
        JourneyMap with = SampleMaps.english();
        assertFalse(with.persona().isEmpty(), "the sample has a persona");
        JourneyMap without = with.copy();
        without.setPersona(Persona.EMPTY);

        Dimension withSize = PngExport.size(with, ENGLISH);
        Dimension withoutSize = PngExport.size(without, ENGLISH);

        double band = MapLayouter.layout(with, LayoutSettings.defaults()).personaBand().orElseThrow().bounds().height();
        assertEquals(withoutSize.height + band, withSize.height, 1);
        assertEquals(withoutSize.width, withSize.width);
    }

    @Test
    void theSvgShowsTheNameTheDemographicsAndTheLabelledDetails() throws Exception {
        JourneyMap map = SampleMaps.english();
        List<String> texts = texts(SvgExportTest.parse(SvgExport.svg(map, ENGLISH)));
        assertTrue(texts.contains("Anna, 34"), texts.toString());
        assertTrue(texts.contains("Needs:"), texts.toString());
        assertTrue(texts.contains("Goals:"), texts.toString());
        assertTrue(texts.contains("Frustrations:"), texts.toString());
        assertTrue(texts.contains("A"), "the initials in the avatar");
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("Office manager")), texts.toString());
    }

    @Test
    void labelsFollowThePictureLanguage() throws Exception {
        JourneyMap map = SampleMaps.russian();
        List<String> texts = texts(SvgExportTest.parse(SvgExport.svg(map,
                PictureOptions.defaults(Locale.forLanguageTag("ru")))));
        assertTrue(texts.contains("Потребности:"), texts.toString());
        assertTrue(texts.contains(map.persona().name()), texts.toString());
    }

    @Test
    void aRussianDetailTooLongForOneLineIsDrawnWholeOnSeveralLines() throws Exception {
        JourneyMap map = SampleMaps.russian();
        Persona persona = map.persona();
        String needs = "Специалист, к которому можно попасть в ближайшие дни; понятные цены до приёма, "
                + "парковка рядом и врач, который выслушает";
        map.setPersona(new Persona(persona.name(), persona.demographics(), "", "", needs, "", persona.goals(),
                persona.frustrations()));
        List<String> texts = texts(SvgExportTest.parse(SvgExport.svg(map,
                PictureOptions.defaults(Locale.forLanguageTag("ru")))));

        assertTrue(texts.stream().noneMatch(text -> text.endsWith("…")), "nothing is cut: " + texts);
        int first = texts.indexOf(texts.stream().filter(text -> text.startsWith("Специалист")).findFirst()
                .orElseThrow(() -> new AssertionError(texts.toString())));
        StringBuilder shown = new StringBuilder(texts.get(first));
        for (int i = first + 1; shown.length() < needs.length() && i < texts.size(); i++) {
            shown.append(' ').append(texts.get(i));
        }
        assertEquals(needs, shown.toString());
    }

    @Test
    void theBandIsPaintedWhereTheLayoutPutsIt() {
        JourneyMap map = SampleMaps.english();
        BufferedImage image = PngExport.image(map, ENGLISH);
        Rect frame = MapLayouter.layout(map, LayoutSettings.defaults()).personaBand().orElseThrow().frame();
        int inFrame = image.getRGB((int) frame.maxX() - 3, (int) frame.maxY() - 3) & 0xffffff;
        assertEquals(Integer.parseInt(Palette.LANE_HEADER_FILL.substring(1), 16), inFrame,
                "the band's corner shows its fill");
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
