package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class MapLayouterTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();

    @Test
    void emptyColumnsAndRowsKeepTheirMinimumSize() {
        JourneyMap map = grid(2, 2);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        layout.columns().forEach(column -> assertEquals(SETTINGS.minColumnWidth(), column.width()));
        layout.rows().forEach(row -> assertEquals(SETTINGS.minRowHeight(), row.height()));
    }

    @Test
    void columnGrowsToFitItsWidestCard() {
        JourneyMap map = grid(2, 2);
        place(map, "far", "s1", "l2", 300, 0);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        double expected = 300 + SETTINGS.cardWidth() + 2 * SETTINGS.cellPadding();
        assertEquals(expected, layout.columns().get(0).width());
        assertEquals(SETTINGS.minColumnWidth(), layout.columns().get(1).width());
        assertEquals(layout.columns().get(0).body().maxX(), layout.columns().get(1).x(),
                "the next column starts where the wider one ends");
    }

    @Test
    void preferredWidthSetsTheColumnWidthWhenTheCardsFit() {
        JourneyMap map = grid(3, 1);
        map.stage("s1").setWidth(400.0);
        place(map, "a", "s1", "l1", 0, 0);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertEquals(400, layout.columns().get(0).width());
        assertEquals(SETTINGS.minColumnWidth(), layout.columns().get(1).width(), "no preferred width: minimum");
        assertEquals(400 + SETTINGS.minColumnWidth(), layout.columns().get(2).x() - layout.columns().get(0).x());
    }

    @Test
    void columnIsNeverNarrowerThanItsCardsNeedWhateverItsPreferredWidth() {
        JourneyMap map = grid(2, 1);
        map.stage("s1").setWidth(230.0);
        place(map, "far", "s1", "l1", 200, 0);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertEquals(200 + SETTINGS.cardWidth() + 2 * SETTINGS.cellPadding(), layout.columns().get(0).width());
    }

    @Test
    void preferredWidthCanMakeAnEmptyColumnNarrowerThanTheMinimumButNotNarrowerThanOneCard() {
        JourneyMap map = grid(2, 1);
        map.stage("s1").setWidth(SETTINGS.narrowestColumnWidth() + 1);
        map.stage("s2").setWidth(12.0);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertTrue(SETTINGS.narrowestColumnWidth() + 1 < SETTINGS.minColumnWidth(), "the test needs a narrow width");
        assertEquals(SETTINGS.narrowestColumnWidth() + 1, layout.columns().get(0).width());
        assertEquals(SETTINGS.narrowestColumnWidth(), layout.columns().get(1).width());
    }

    @Test
    void rowGrowsToFitItsTallestCard() {
        JourneyMap map = grid(2, 2);
        place(map, "low", "s2", "l1", 0, 250);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertEquals(250 + SETTINGS.cardHeight() + 2 * SETTINGS.cellPadding(), layout.rows().get(0).height());
        assertEquals(SETTINGS.minRowHeight(), layout.rows().get(1).height());
    }

    @Test
    void cardSitsAtItsCellOriginPlusPaddingPlusOffset() {
        JourneyMap map = grid(2, 2);
        place(map, "tp", "s2", "l2", 30, 12);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Rect card = layout.card("tp").orElseThrow().bounds();
        Rect cell = layout.cell("s2", "l2").orElseThrow();
        assertEquals(cell.x() + SETTINGS.cellPadding() + 30, card.x());
        assertEquals(cell.y() + SETTINGS.cellPadding() + 12, card.y());
        assertEquals(SETTINGS.cardWidth(), card.width());
        assertEquals(SETTINGS.cardHeight(), card.height());
    }

    @Test
    void negativeOffsetsDoNotPushACardOutOfItsCell() {
        JourneyMap map = grid(2, 2);
        place(map, "tp", "s2", "l2", -500, -40);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertTrue(layout.cell("s2", "l2").orElseThrow().contains(layout.card("tp").orElseThrow().bounds()));
    }

    @Test
    void everyCardOfTheMedicalClinicMapIsInsideItsStageColumnAndLaneRow() {
        JourneyMap map = MedicalClinicMap.build();
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertEquals(map.touchpoints().size(), layout.cards().size());
        for (CardBox card : layout.cards()) {
            Touchpoint tp = map.touchpoint(card.touchpointId());
            StageColumn column = layout.columns().get(map.stageIndex(tp.stageId()));
            LaneRow row = layout.rows().get(map.laneIndex(tp.laneId()));
            assertTrue(column.body().contains(card.bounds()), card + " inside " + column);
            assertTrue(row.body().contains(card.bounds()), card + " inside " + row);
        }
    }

    @Test
    void medicalClinicCardsDoNotOverlap() {
        List<CardBox> cards = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS).cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).bounds().overlaps(cards.get(j).bounds()),
                        cards.get(i).touchpointId() + " overlaps " + cards.get(j).touchpointId());
            }
        }
    }

    @Test
    void headersLineUpWithTheirColumnsAndRows() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (StageColumn column : layout.columns()) {
            assertTrue(column.header().maxY() <= column.body().y(), "header above the cells");
            assertTrue(column.header().x() >= column.x() && column.header().maxX() <= column.body().maxX());
            assertTrue(column.header().contains(column.nameBox()));
            assertTrue(column.header().contains(column.questionBox()));
            assertTrue(column.nameBox().maxY() <= column.questionBox().y(), "question below the name");
        }
        for (LaneRow row : layout.rows()) {
            assertTrue(row.header().maxX() <= row.body().x(), "lane header left of the cells");
            assertTrue(row.header().y() >= row.y() && row.header().maxY() <= row.body().maxY());
        }
        assertTrue(layout.titleBox().maxY() <= layout.phaseBands().get(0).bounds().y(), "title above the phases");
    }

    @Test
    void boundsHoldEverythingWithMargins() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Rect bounds = layout.bounds();
        assertTrue(bounds.contains(layout.grid()));
        assertTrue(bounds.contains(layout.titleBox()));
        layout.cards().forEach(card -> assertTrue(bounds.contains(card.bounds())));
        assertEquals(layout.grid().maxX() + SETTINGS.margin(), bounds.maxX());
        assertEquals(layout.grid().maxY() + SETTINGS.margin(), bounds.maxY());
    }

    @Test
    void gridLinesSeparateEveryColumnAndRow() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        long vertical = layout.gridLines().stream().filter(s -> s.from().x() == s.to().x()).count();
        long horizontal = layout.gridLines().stream().filter(s -> s.from().y() == s.to().y()).count();
        assertEquals(layout.columns().size() + 1, vertical);
        assertEquals(layout.rows().size() + 1, horizontal);
    }

    @Test
    void mapWithoutStagesLaysOutWithoutColumnsOrCards() {
        JourneyMap map = new JourneyMap("Blank");
        map.addLane(new Lane("l1", "Online"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertTrue(layout.columns().isEmpty());
        assertEquals(1, layout.rows().size());
        assertTrue(layout.cards().isEmpty());
        assertTrue(layout.gridLines().isEmpty());
        assertTrue(layout.bounds().width() > 0 && layout.bounds().height() > 0);
        assertTrue(layout.cardAt(100, 100).isEmpty());
        assertTrue(layout.columnAt(200).isEmpty());
    }

    @Test
    void mapWithoutLanesLaysOutStageHeadersOnly() {
        JourneyMap map = new JourneyMap("Stages only");
        map.addStage(new Stage("s1", "Awareness"));
        map.addStage(new Stage("s2", "Purchase"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertEquals(2, layout.columns().size());
        assertTrue(layout.rows().isEmpty());
        assertEquals(0, layout.grid().height());
        assertTrue(layout.rowAt(layout.grid().y()).isEmpty());
    }

    @Test
    void completelyEmptyMapHasOnlyATitle() {
        MapLayout layout = MapLayouter.layout(new JourneyMap("Nothing yet"), SETTINGS);
        assertTrue(layout.columns().isEmpty() && layout.rows().isEmpty() && layout.phaseBands().isEmpty());
        assertTrue(layout.connectors().isEmpty());
        assertTrue(layout.bounds().contains(layout.titleBox()));
    }

    @Test
    void hitTestingFindsCardsColumnsAndRows() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Rect phone = layout.card("tp-phone").orElseThrow().bounds();
        assertEquals("tp-phone", layout.cardAt(phone.centerX(), phone.centerY()).orElseThrow().touchpointId());
        assertEquals("tp-phone", layout.cardAt(phone.x(), phone.y()).orElseThrow().touchpointId(), "corner counts");
        assertTrue(layout.cardAt(phone.x() - 1, phone.y()).isEmpty(), "padding left of the card is empty");
        assertEquals("compare", layout.columnAt(phone.centerX()).orElseThrow().stageId());
        assertEquals("offline", layout.rowAt(phone.centerY()).orElseThrow().laneId());
        StageColumn first = layout.columns().get(0);
        assertEquals("awareness", layout.columnAt(first.x()).orElseThrow().stageId(), "left border belongs to the column");
        assertEquals("search", layout.columnAt(first.body().maxX()).orElseThrow().stageId(),
                "right border belongs to the next column");
        assertTrue(layout.columnAt(layout.grid().maxX() + 1).isEmpty());
        assertTrue(layout.rowAt(layout.grid().y() - 1).isEmpty());
    }

    @Test
    void laterCardWinsTheHitTestWhereCardsOverlap() {
        JourneyMap map = grid(1, 1);
        place(map, "below", "s1", "l1", 0, 0);
        place(map, "above", "s1", "l1", 20, 20);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Rect above = layout.card("above").orElseThrow().bounds();
        assertEquals("above", layout.cardAt(above.x() + 5, above.y() + 5).orElseThrow().touchpointId());
    }

    /** A map with {@code stages} stages s1.. and {@code lanes} lanes l1.., and no cards. */
    static JourneyMap grid(int stages, int lanes) {
        JourneyMap map = new JourneyMap("Test map");
        for (int i = 1; i <= stages; i++) {
            map.addStage(new Stage("s" + i, "Stage " + i));
        }
        for (int i = 1; i <= lanes; i++) {
            map.addLane(new Lane("l" + i, "Lane " + i));
        }
        return map;
    }

    static Touchpoint place(JourneyMap map, String id, String stage, String lane, double x, double y) {
        Touchpoint tp = new Touchpoint(id, "Card " + id, stage, lane);
        tp.setX(x);
        tp.setY(y);
        map.addTouchpoint(tp);
        return tp;
    }
}
