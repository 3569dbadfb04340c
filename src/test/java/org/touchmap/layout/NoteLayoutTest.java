package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Note;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Notes stack in their cells, each showing its whole text, and their lane's row makes room for them. */
class NoteLayoutTest {
    private static final String LONG = "Six rings, then three minutes on hold with loud music, and then the line dropped"
            + " and she had to call again from the start";

    private static JourneyMap clinicWithPainPoints() {
        JourneyMap map = MedicalClinicMap.build();
        Lane pains = new Lane("pains", "Pain points");
        pains.setKind(LaneKind.PAIN_POINTS);
        map.addLane(pains);
        map.addNote(new Note("p1", "The chat answered after 25 minutes", "search", "pains"));
        map.addNote(new Note("p2", LONG, "search", "pains"));
        map.addNote(new Note("p3", "Paper form", "decide", "pains"));
        return map;
    }

    @Test
    void notesStackTopDownInTheirCellWithoutOverlapping() {
        MapLayout layout = MapLayouter.layout(clinicWithPainPoints(), LayoutSettings.defaults());
        LaneRow row = layout.rows().stream().filter(r -> r.laneId().equals("pains")).findFirst().orElseThrow();
        StageColumn search = layout.columns().stream().filter(c -> c.stageId().equals("search")).findFirst()
                .orElseThrow();

        List<NoteBox> notes = layout.notes();
        assertEquals(List.of("p1", "p2", "p3"), notes.stream().map(NoteBox::noteId).toList());
        Rect first = notes.get(0).bounds();
        Rect second = notes.get(1).bounds();
        assertTrue(second.y() >= first.maxY(), "the second note is below the first");
        for (NoteBox note : notes) {
            assertTrue(row.body().contains(note.bounds()), note.noteId() + " inside its lane's row");
            assertEquals(LaneKind.PAIN_POINTS, note.kind());
        }
        assertTrue(search.body().x() <= first.x() && first.maxX() <= search.body().maxX(), "inside its column");
    }

    @Test
    void aLongNoteIsWrappedWholeToTheNotesWidth() {
        MapLayout layout = MapLayouter.layout(clinicWithPainPoints(), LayoutSettings.defaults());
        NoteBox note = layout.notes().get(1);
        double room = note.bounds().width() - 2 * NoteBox.PADDING;

        assertTrue(note.lines().size() > 2, note.lines().toString());
        assertEquals(LONG, String.join(" ", note.lines()), "every word is there, none cut");
        for (String line : note.lines()) {
            assertTrue(BundledFontWidths.width(line, NoteBox.FONT_SIZE) <= room, line);
        }
        assertEquals(2 * NoteBox.PADDING + note.lines().size() * NoteBox.LINE_HEIGHT, note.bounds().height(), 1e-9);
    }

    @Test
    void theRowOfANotesLaneGrowsToItsTallestStackAndAMapWithoutNotesIsLaidOutAsBefore() {
        JourneyMap map = clinicWithPainPoints();
        MapLayout withNotes = MapLayouter.layout(map, LayoutSettings.defaults());
        map.removeNote("p1");
        map.removeNote("p2");
        map.removeNote("p3");
        MapLayout without = MapLayouter.layout(map, LayoutSettings.defaults());

        LaneRow tall = withNotes.rows().get(withNotes.rows().size() - 1);
        LaneRow plain = without.rows().get(without.rows().size() - 1);
        assertEquals(LayoutSettings.defaults().minRowHeight(), plain.body().height(), 1e-9);
        double stack = withNotes.notes().get(0).bounds().height() + withNotes.notes().get(1).bounds().height();
        assertTrue(tall.body().height() >= stack, "room for the stack of two");
        assertEquals(List.of(), without.notes());
        assertEquals(MapLayouter.layout(MedicalClinicMap.build(), LayoutSettings.defaults()).cards(),
                without.cards(), "the cards stay where they were");
    }

    @Test
    void aCardIsNeverPlacedInALaneThatTakesNoCards() {
        JourneyMap map = clinicWithPainPoints();
        map.moveLane("pains", 1); // between Online and Offline
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        LaneRow pains = layout.rows().get(1);
        StageColumn search = layout.columns().get(1);
        GridSnap free = GridSnap.OFF;

        assertEquals("pains", pains.laneId());
        assertFalse(pains.takesCards());
        assertTrue(DropTarget.centredAt(layout, search.body().centerX(), pains.body().centerY(), free).isEmpty(),
                "a double-click or a dropped channel in a notes lane adds no card");
        DropTarget dragged = DropTarget.forCardAt(layout, search.x() + 20, pains.body().centerY(), free).orElseThrow();
        assertTrue(List.of("online", "offline").contains(dragged.laneId()), "a card dragged over it lands beside it");
    }
}
