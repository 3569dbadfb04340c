package org.touchmap.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the canvas and the exports draw, already placed: the title, the persona, the phase
 * band, stage columns, lane rows, cards, the notes of notes lanes and connectors. Coordinates are pixels at 100 % zoom with the origin
 * at the map's top-left corner. Made by {@link MapLayouter}; immutable.
 */
public final class MapLayout {
    private final LayoutSettings settings;
    private final Rect bounds;
    private final Rect titleBox;
    private final PersonaBand personaBand;
    private final Rect grid;
    private final List<PhaseBand> phaseBands;
    private final List<StageColumn> columns;
    private final List<LaneRow> rows;
    private final List<CardBox> cards;
    private final Map<String, CardBox> cardsById;
    private final List<NoteBox> notes;
    private final List<Connector> connectors;
    private final List<Segment> gridLines;
    private final List<BlueprintLine> blueprintLines;
    private final LaneContents laneContents;

    /** What the metrics and emotion lanes show, laid out. */
    record LaneContents(List<FigureCell> figures, List<EmotionLane> emotionLanes) {
        LaneContents {
            figures = List.copyOf(figures);
            emotionLanes = List.copyOf(emotionLanes);
        }
    }
    private final List<SupportLink> supportLinks;
    private final CardAnatomy cardAnatomy;

    MapLayout(LayoutSettings settings, Rect bounds, Rect titleBox, PersonaBand personaBand, Rect grid, List<PhaseBand> phaseBands,
              List<StageColumn> columns, List<LaneRow> rows, List<CardBox> cards, List<NoteBox> notes,
              List<Connector> connectors, List<Segment> gridLines, LaneContents laneContents) {
        this.settings = settings;
        this.bounds = bounds;
        this.titleBox = titleBox;
        this.personaBand = personaBand;
        this.grid = grid;
        this.phaseBands = List.copyOf(phaseBands);
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.cards = List.copyOf(cards);
        this.notes = List.copyOf(notes);
        this.connectors = List.copyOf(connectors);
        this.gridLines = List.copyOf(gridLines);
        this.cardAnatomy = CardAnatomy.of(settings);
        Map<String, CardBox> byId = new LinkedHashMap<>();
        cards.forEach(card -> byId.put(card.touchpointId(), card));
        this.cardsById = byId;
        this.laneContents = laneContents;
        this.blueprintLines = BlueprintLine.of(this.rows, grid);
        this.supportLinks = SupportLink.of(this.notes, byId);
    }

    public LayoutSettings settings() {
        return settings;
    }

    /** The whole map, margins included: the size of an export at scale 1. */
    public Rect bounds() {
        return bounds;
    }

    /** Where the map's title goes. */
    public Rect titleBox() {
        return titleBox;
    }

    /** Where the persona goes under the title; empty when the map has no persona. */
    public Optional<PersonaBand> personaBand() {
        return Optional.ofNullable(personaBand);
    }

    /** The area of all cells: stage columns × lane rows, without headers. */
    public Rect grid() {
        return grid;
    }

    public List<PhaseBand> phaseBands() {
        return phaseBands;
    }

    /** Stage columns, left to right, in the order of the map's stages. */
    public List<StageColumn> columns() {
        return columns;
    }

    /** Lane rows, top to bottom, in the order of the map's lanes. */
    public List<LaneRow> rows() {
        return rows;
    }

    /** Cards in drawing order: a later card is drawn over an earlier one. */
    public List<CardBox> cards() {
        return cards;
    }

    /** The notes of notes lanes, each cell's stacked top down. */
    public List<NoteBox> notes() {
        return notes;
    }

    /** Connectors in drawing order: chains in map order, links in chain order, next-chain arrows last in each chain. */
    /** The box of the note, if it is laid out. */
    public Optional<NoteBox> note(String noteId) {
        return notes.stream().filter(box -> box.noteId().equals(noteId)).findFirst();
    }

    /** The cells of the metrics lanes, each with its stage's figures. */
    public List<FigureCell> figureCells() {
        return laneContents.figures();
    }

    /** The curves of the emotion lanes. */
    public List<EmotionLane> emotionLanes() {
        return laneContents.emotionLanes();
    }

    /** The service blueprint's lines between bands of lanes, top down; none without blueprint lanes. */
    public List<BlueprintLine> blueprintLines() {
        return blueprintLines;
    }

    /** The process steps' links to the touchpoints they support. */
    public List<SupportLink> supportLinks() {
        return supportLinks;
    }

    public List<Connector> connectors() {
        return connectors;
    }

    /** Light lines between the cells. */
    public List<Segment> gridLines() {
        return gridLines;
    }

    /** Where the parts of every card go, relative to the card's corner. */
    public CardAnatomy cardAnatomy() {
        return cardAnatomy;
    }

    public Optional<CardBox> card(String touchpointId) {
        return Optional.ofNullable(cardsById.get(touchpointId));
    }

    /** The topmost card under the point, if any. */
    public Optional<CardBox> cardAt(double x, double y) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            CardBox card = cards.get(i);
            if (card.bounds().contains(x, y)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    /**
     * The connector passing nearest to the point, if one passes within {@code tolerance}; where two
     * are equally near, the one drawn last (on top) wins.
     */
    public Optional<Connector> connectorAt(double x, double y, double tolerance) {
        Point point = new Point(x, y);
        Connector nearest = null;
        double nearestDistance = tolerance;
        for (Connector connector : connectors) {
            double distance = Polylines.distanceTo(point, connector.points());
            if (distance <= nearestDistance) {
                nearest = connector;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * The stage or lane header under the point. Within {@code edgeTolerance} of the line between
     * two stage headers (or after the last one) the point is on the left stage's resize edge.
     */
    public Optional<HeaderHit> headerAt(double x, double y, double edgeTolerance) {
        for (StageColumn column : columns) {
            Rect header = column.header();
            if (y >= header.y() && y <= header.maxY() && Math.abs(x - column.body().maxX()) <= edgeTolerance) {
                return Optional.of(new HeaderHit.StageEdge(column.stageId(), column.index()));
            }
        }
        for (StageColumn column : columns) {
            if (column.header().contains(x, y)) {
                return Optional.of(new HeaderHit.StageHeader(column.stageId(), column.index()));
            }
        }
        for (LaneRow row : rows) {
            if (row.header().contains(x, y)) {
                return Optional.of(new HeaderHit.LaneHeader(row.laneId(), row.index()));
            }
        }
        return Optional.empty();
    }

    /** The stage column at {@code x}, whether or not {@code y} is inside the grid. */
    public Optional<StageColumn> columnAt(double x) {
        return columns.stream().filter(column -> column.containsX(x)).findFirst();
    }

    /** The lane row at {@code y}, whether or not {@code x} is inside the grid. */
    public Optional<LaneRow> rowAt(double y) {
        return rows.stream().filter(row -> row.containsY(y)).findFirst();
    }

    /** The cell of a stage and a lane, if both are on the map. */
    public Optional<Rect> cell(String stageId, String laneId) {
        Optional<StageColumn> column = columns.stream().filter(c -> c.stageId().equals(stageId)).findFirst();
        Optional<LaneRow> row = rows.stream().filter(r -> r.laneId().equals(laneId)).findFirst();
        if (column.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rect(column.get().x(), row.get().y(), column.get().width(), row.get().height()));
    }
}
