package org.touchmap.analysis;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class AnalysisReportTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve("medical-clinic.cjm");

    @Test
    void theMedicalClinicsWeakestTouchpointIsTheUnansweredPhoneCall() throws Exception {
        JourneyMap map = MapFiles.load(SAMPLE);

        AnalysisReport report = AnalysisReport.of(map);

        WeakLink weakest = report.weakLinks().get(0);
        assertEquals("tp-phone", weakest.touchpointId());
        assertTrue(weakest.keyPoint());
        assertEquals(2.5, weakest.criteriaAverage().orElseThrow(), 1e-12);
        assertEquals(List.of("tp-phone", "tp-mailing", "tp-chat"),
                report.weakLinks().stream().map(WeakLink::touchpointId).toList());
    }

    @Test
    void theMedicalClinicsFirstVisitChainBreaksBetweenChatAndPhone() throws Exception {
        AnalysisReport report = AnalysisReport.of(MapFiles.load(SAMPLE));

        assertEquals(1, report.brokenChains().size());
        assertEquals("ch-first-visit", report.brokenChains().get(0).chainId());
        assertEquals(List.of(List.of("tp-chat", "tp-phone")), report.brokenChains().get(0).runs());
        assertEquals(5, report.stages().size());
        assertEquals(4, report.funnel().steps().size());
        assertEquals(List.of(), report.coverage().emptyStageIds());
        assertEquals(List.of("tp-search", "tp-blog", "tp-reviews", "tp-payment"), report.coverage().unchainedTouchpointIds());
    }

    @Test
    void theMedicalClinicsSeasonalCheckUpLoopsBackAndIsNotUnfinished() throws Exception {
        AnalysisReport report = AnalysisReport.of(MapFiles.load(SAMPLE));

        assertEquals(List.of(), report.coverage().unfinishedChainIds());
    }

    @Test
    void theMedicalClinicIsBehindItsCompetitorsWhereItsChatAndPhoneAre() throws Exception {
        AnalysisReport report = AnalysisReport.of(MapFiles.load(SAMPLE));

        assertEquals(List.of(CompetitorVerdict.NOT_COMPARED, CompetitorVerdict.BEHIND, CompetitorVerdict.BEHIND,
                        CompetitorVerdict.NOT_COMPARED, CompetitorVerdict.NOT_COMPARED),
                report.competition().stream().map(StageCompetition::verdict).toList());
        StageCompetition compare = report.competition().get(2);
        assertEquals("compare", compare.stageId());
        assertEquals(1, compare.worse());
        assertEquals(1, compare.weLackIt());
        assertEquals(2, compare.compared());
        assertEquals(WeakLinkReason.KEY_POINT, report.weakLinks().get(0).reason());
    }
}
