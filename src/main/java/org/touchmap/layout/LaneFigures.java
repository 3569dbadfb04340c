package org.touchmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Touchpoint;

/**
 * Where the lanes that hold nothing of their own show what the map already has: a metrics lane
 * the numbers of each stage (written by the pictures and the canvas from
 * {@code analysis.StageFigures}, which the layout does not count), an emotion lane the curve of the
 * average emotion of each stage's cards. They sit in the grid, so every picture and the canvas draw
 * them where the layout put them.
 */
final class LaneFigures {
    /** Between a metrics cell's edge and its lines. */
    private static final double TEXT_LINES_PADDING = NoteBox.PADDING;
    /** The most lines of figures a stage has: its cards, visitors, conversion, and the three averages. */
    static final int FIGURE_LINES = 6;

    private final LayoutSettings settings;

    LaneFigures(LayoutSettings settings) {
        this.settings = settings;
    }

    /** The room a metrics lane needs for a stage's figures, all of them; 0 for a lane of another kind. */
    double rowHeight(Lane lane) {
        return lane.kind() != LaneKind.METRICS || lane.folded() ? 0 : 2 * settings.cellPadding() + boxHeight();
    }

    private double boxHeight() {
        return 2 * TEXT_LINES_PADDING + FIGURE_LINES * NoteBox.LINE_HEIGHT;
    }

    /** Each metrics lane's cells, one per stage. */
    List<FigureCell> cells(List<StageColumn> columns, List<LaneRow> rows) {
        List<FigureCell> cells = new ArrayList<>();
        for (LaneRow row : rows) {
            if (row.kind() != LaneKind.METRICS || row.folded()) {
                continue;
            }
            for (StageColumn column : columns) {
                Rect box = new Rect(column.x() + settings.cellPadding(), row.y() + settings.cellPadding(),
                        Math.max(1, column.body().width() - 2 * settings.cellPadding()), boxHeight());
                cells.add(new FigureCell(column.stageId(), row.laneId(), box));
            }
        }
        return cells;
    }

    /**
     * Each emotion lane's curve: for a lane that follows a chain, a point under each of the chain's cards
     * in its order, at the card's emotion; otherwise a point in the middle of every stage that has
     * cards, at their average emotion.
     */
    static List<EmotionLane> emotionLanes(JourneyMap map, List<StageColumn> columns, List<LaneRow> rows,
                                          Map<String, CardBox> cards, LayoutSettings settings) {
        List<LaneRow> emotionRows = rows.stream().filter(row -> row.kind() == LaneKind.EMOTION && !row.folded())
                .toList();
        if (emotionRows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Touchpoint>> byStage = new HashMap<>();
        map.touchpoints().forEach(card -> byStage.computeIfAbsent(card.stageId(), s -> new ArrayList<>()).add(card));
        List<EmotionLane> lanes = new ArrayList<>();
        for (LaneRow row : emotionRows) {
            Rect band = row.body().inset(settings.cellPadding(), 0, settings.cellPadding(), 0);
            Optional<Chain> chain = map.findLane(row.laneId()).map(Lane::chainId).flatMap(map::findChain);
            if (chain.isPresent()) {
                lanes.add(new EmotionLane(row.laneId(), band, alongChain(map, chain.get(), cards, band)));
                continue;
            }
            List<EmotionLane.Point> points = new ArrayList<>();
            for (StageColumn column : columns) {
                OptionalDouble average = byStage.getOrDefault(column.stageId(), List.of()).stream()
                        .mapToInt(Touchpoint::effectiveEmotion).average();
                average.ifPresent(emotion -> points.add(new EmotionLane.Point(column.stageId(), null,
                        at(column.body().centerX(), emotion, band), emotion)));
            }
            lanes.add(new EmotionLane(row.laneId(), band, points));
        }
        return lanes;
    }

    private static List<EmotionLane.Point> alongChain(JourneyMap map, Chain chain, Map<String, CardBox> cards,
                                                      Rect band) {
        List<EmotionLane.Point> points = new ArrayList<>();
        for (String id : chain.touchpointIds()) {
            CardBox card = cards.get(id);
            if (card != null) {
                int emotion = map.touchpoint(id).effectiveEmotion();
                points.add(new EmotionLane.Point(card.stageId(), id, at(card.bounds().centerX(), emotion, band), emotion));
            }
        }
        return points;
    }

    /** The point of an emotion score at {@code x}: +2 at the band's top, 0 on its middle, −2 at its bottom. */
    private static Point at(double x, double emotion, Rect band) {
        return new Point(x, band.centerY() - emotion / Touchpoint.MAX_EMOTION * band.height() / 2);
    }
}
