package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Stage;

import static org.junit.jupiter.api.Assertions.*;

class PhaseBandTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();

    @Test
    void consecutiveStagesOfAPhaseShareOneSegment() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        List<PhaseBand> bands = layout.phaseBands();
        assertEquals(List.of("Pre-sale", "Sale", "Post-sale"), bands.stream().map(PhaseBand::phase).toList());
        assertEquals(List.of(0, 2, 4), bands.stream().map(PhaseBand::firstStageIndex).toList());
        assertEquals(List.of(1, 3, 4), bands.stream().map(PhaseBand::lastStageIndex).toList());
    }

    @Test
    void segmentSpansExactlyTheHeadersOfItsStages() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        PhaseBand sale = layout.phaseBands().get(1);
        StageColumn compare = layout.columns().get(2);
        StageColumn decide = layout.columns().get(3);
        assertTrue(sale.bounds().x() >= compare.x() && sale.bounds().x() < compare.header().x() + 1);
        assertTrue(sale.bounds().maxX() <= decide.body().maxX() && sale.bounds().maxX() > decide.header().maxX() - 1);
        assertTrue(sale.bounds().maxY() <= compare.header().y(), "band above the stage headers");
        PhaseBand preSale = layout.phaseBands().get(0);
        assertTrue(preSale.bounds().maxX() <= sale.bounds().x(), "segments do not overlap");
    }

    @Test
    void stageWithoutPhaseLeavesAGapInTheBand() {
        JourneyMap map = new JourneyMap("Gaps");
        map.addStage(stage("a", "Pre-sale"));
        map.addStage(stage("b", null));
        map.addStage(stage("c", "Pre-sale"));
        map.addStage(stage("d", "Sale"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        List<PhaseBand> bands = layout.phaseBands();
        assertEquals(3, bands.size(), "the same phase on both sides of a gap makes two segments");
        assertEquals(List.of(0, 2, 3), bands.stream().map(PhaseBand::firstStageIndex).toList());
        StageColumn b = layout.columns().get(1);
        bands.forEach(band -> assertFalse(band.bounds().overlaps(b.header().translate(0, -SETTINGS.phaseBandHeight())),
                "nothing above the stage without a phase"));
    }

    @Test
    void mapWithoutPhasesLeavesNoRoomForTheBand() {
        JourneyMap withPhase = new JourneyMap("With");
        withPhase.addStage(stage("a", "Sale"));
        JourneyMap without = new JourneyMap("Without");
        without.addStage(stage("a", null));
        double headerWith = MapLayouter.layout(withPhase, SETTINGS).columns().get(0).header().y();
        double headerWithout = MapLayouter.layout(without, SETTINGS).columns().get(0).header().y();
        assertTrue(MapLayouter.layout(without, SETTINGS).phaseBands().isEmpty());
        assertEquals(SETTINGS.phaseBandHeight(), headerWith - headerWithout);
    }

    private static Stage stage(String id, String phase) {
        Stage stage = new Stage(id, "Stage " + id);
        stage.setPhase(phase);
        return stage;
    }
}
