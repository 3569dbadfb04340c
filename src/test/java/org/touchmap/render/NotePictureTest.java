package org.touchmap.render;

import org.junit.jupiter.api.Test;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.NoteBox;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Every picture draws the notes of notes lanes whole, as the layout placed them. */
class NotePictureTest {
    private static final PictureOptions ENGLISH = PictureOptions.defaults(Locale.ENGLISH);
    private static final String LONG = "Six rings, then three minutes on hold with loud music, and the line dropped";

    private static JourneyMap withThoughts() {
        JourneyMap map = SampleMaps.english();
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        map.addLane(thoughts);
        map.addNote(new Note("t1", LONG, map.stages().get(1).id(), "thoughts"));
        return map;
    }

    @Test
    void theSvgHasEveryLineOfTheNote() throws Exception {
        JourneyMap map = withThoughts();
        NoteBox note = MapLayouter.layout(map, LayoutSettings.defaults()).notes().get(0);
        Document svg = SvgExportTest.parse(SvgExport.svg(map, ENGLISH));
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(note.lines().size() > 1);
        assertTrue(texts.containsAll(note.lines()), texts.toString());
    }

    @Test
    void thePngPaintsTheNotesPaperInItsKindsColour() {
        JourneyMap map = withThoughts();
        NoteBox note = MapLayouter.layout(map, LayoutSettings.defaults()).notes().get(0);
        BufferedImage image = PngExport.image(map, ENGLISH.withScale(1));

        int paper = image.getRGB((int) note.bounds().maxX() - 3, (int) note.bounds().maxY() - 3) & 0xffffff;
        assertEquals(Integer.parseInt(org.touchmap.layout.Palette.noteFill(LaneKind.THOUGHTS).substring(1), 16), paper);
    }

    @Test
    void theLegendNamesTheKindOfEveryNoteShownAndNoOther() throws Exception {
        JourneyMap map = withThoughts();
        map.lane("thoughts").setName("What she thinks");
        Document svg = SvgExportTest.parse(SvgExport.svg(map, ENGLISH));
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.contains("Notes"), "the legend's row: " + texts);
        assertTrue(texts.contains("Thoughts"), "the kind of the notes shown");
        assertFalse(texts.contains("Feelings"), "a kind without notes on the map is not explained");
    }
}
