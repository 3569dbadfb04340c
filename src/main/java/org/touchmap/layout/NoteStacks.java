package org.touchmap.layout;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;
import org.touchmap.model.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of notes lanes stacked in their cells like sticky notes, top down in the map's order,
 * each as wide as its column allows and as tall as its whole text wrapped: a note is never cut
 * short, on screen or in an export. Its lane's row grows to the tallest stack.
 */
final class NoteStacks {
    private record Stacked(Note note, Lane lane, List<String> lines, List<String> owner, double pictureWidth,
                           double pictureHeight, double height) {
    }

    private final LayoutSettings settings;
    /** Per cell, stage id then lane id: its notes in order. */
    private final Map<String, Map<String, List<Stacked>>> cells = new HashMap<>();
    private final Map<String, Double> tallestByLane = new HashMap<>();

    private NoteStacks(LayoutSettings settings) {
        this.settings = settings;
    }

    static NoteStacks of(JourneyMap map, List<Stage> stages, double[] columnWidths, LayoutSettings settings) {
        NoteStacks stacks = new NoteStacks(settings);
        Map<String, Double> widths = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            widths.put(stages.get(i).id(), columnWidths[i]);
        }
        for (Note note : map.notes()) {
            Double columnWidth = widths.get(note.stageId());
            Lane lane = map.findLane(note.laneId()).orElse(null);
            if (columnWidth != null && lane != null && !lane.folded()) {
                stacks.add(note, lane, noteWidth(columnWidth, settings));
            }
        }
        return stacks;
    }

    private static double noteWidth(double columnWidth, LayoutSettings settings) {
        return Math.max(1, columnWidth - 2 * settings.cellPadding());
    }

    private void add(Note note, Lane lane, double width) {
        List<String> lines = wrap(note.name(), width);
        if (lines.isEmpty()) {
            lines = List.of("");
        }
        List<String> owner = wrap(note.owner(), width);
        double pictureWidth = 0;
        double pictureHeight = 0;
        if (note.picture() != null) {
            // As wide as the note, no taller than a frame may be, never larger than the picture itself.
            double inner = width - 2 * NoteBox.PADDING;
            double scale = Math.min(1, Math.min(inner / note.picture().width(),
                    NoteBox.MAX_PICTURE_HEIGHT / note.picture().height()));
            pictureWidth = note.picture().width() * scale;
            pictureHeight = note.picture().height() * scale;
            if (note.name().isEmpty()) {
                lines = List.of();
            }
        }
        double height = 2 * NoteBox.PADDING + (owner.size() + lines.size()) * NoteBox.LINE_HEIGHT
                + (pictureHeight > 0 ? pictureHeight + (lines.isEmpty() ? 0 : NoteBox.PADDING) : 0);
        List<Stacked> cell = cells.computeIfAbsent(note.stageId(), stage -> new LinkedHashMap<>())
                .computeIfAbsent(note.laneId(), laneId -> new ArrayList<>());
        cell.add(new Stacked(note, lane, lines, owner, pictureWidth, pictureHeight, height));
        double stack = cell.stream().mapToDouble(Stacked::height).sum() + NoteBox.GAP * (cell.size() - 1);
        tallestByLane.merge(note.laneId(), stack, Math::max);
    }

    /** A note's text or its owner broken into lines that fit the note. */
    private static List<String> wrap(String text, double width) {
        return LineBreaks.wrap(text, width - 2 * NoteBox.PADDING,
                part -> BundledFontWidths.width(part, NoteBox.FONT_SIZE));
    }

    /** The room the lane's notes need: its tallest stack with the cell's padding; 0 without notes. */
    double rowHeight(String laneId) {
        Double tallest = tallestByLane.get(laneId);
        return tallest == null ? 0 : tallest + 2 * settings.cellPadding();
    }

    List<NoteBox> place(List<StageColumn> columns, List<LaneRow> rows) {
        Map<String, LaneRow> rowsById = new HashMap<>();
        rows.forEach(row -> rowsById.put(row.laneId(), row));
        List<NoteBox> boxes = new ArrayList<>();
        for (StageColumn column : columns) {
            Map<String, List<Stacked>> lanes = cells.getOrDefault(column.stageId(), Map.of());
            for (Map.Entry<String, List<Stacked>> cell : lanes.entrySet()) {
                LaneRow row = rowsById.get(cell.getKey());
                double x = column.x() + settings.cellPadding();
                double y = row.y() + settings.cellPadding();
                double width = noteWidth(column.body().width(), settings);
                for (Stacked stacked : cell.getValue()) {
                    Rect picture = stacked.pictureHeight() == 0 ? null : new Rect(
                            x + (width - stacked.pictureWidth()) / 2, y + NoteBox.PADDING,
                            stacked.pictureWidth(), stacked.pictureHeight());
                    boxes.add(new NoteBox(stacked.note().id(), stacked.lane().kind(),
                            new Rect(x, y, width, stacked.height()), stacked.lines(), stacked.owner(),
                            stacked.note().supports(), picture));
                    y += stacked.height() + NoteBox.GAP;
                }
            }
        }
        return boxes;
    }
}
