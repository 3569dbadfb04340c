package org.touchmap.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.WeakLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** The findings list and the weak links of the analysis panel, shown for the clinic sample. */
@ExtendWith(ApplicationExtension.class)
class FindingsViewTest {
    private final JourneyMap map = MedicalClinicMap.build();
    private FindingsView findings;
    private WeakLinkList weakLinks;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        findings = new FindingsView();
        weakLinks = new WeakLinkList(id -> { });
        stage.setScene(new Scene(new VBox(findings.node(), weakLinks.node()), 800, 600));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private List<String> lines(FxRobot robot) {
        robot.interact(() -> findings.show(AnalysisReport.of(map), new MapNames(map)));
        return robot.lookup("#analysis-findings .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void competitorVerdictsAreListedForTheComparedStagesOnly(FxRobot robot) {
        List<String> lines = lines(robot);

        int heading = lines.indexOf("Competitors");
        assertTrue(heading > lines.indexOf("Coverage"), lines.toString());
        assertEquals(List.of("Information search: behind competitors (1 worse)",
                        "Comparison of options: behind competitors (1 worse, 1 only competitors have)"),
                lines.subList(heading + 1, lines.size()));
    }

    @Test
    void theSeasonalCheckUpLoopIsNotAChainThatStopsEarly(FxRobot robot) {
        List<String> lines = lines(robot);

        assertTrue(lines.stream().noneMatch(line -> line.startsWith("Chains that stop early")), lines.toString());
        assertTrue(lines.contains("Touchpoints in no chain (4): Search results and maps, Doctor's Q&A blog, "
                + "Reviews on a doctor-rating site, Payment at the desk"), lines.toString());
    }

    @Test
    void aMapWithoutComparisonsSaysSo(FxRobot robot) {
        map.touchpoints().forEach(tp -> tp.setCompetitor(null));

        List<String> lines = lines(robot);

        assertEquals("No touchpoint is compared with competitors yet.", lines.get(lines.size() - 1));
    }

    @Test
    void theVerdictsSpeakRussianAndSerbian(FxRobot robot) {
        Messages.setLocale(Locale.forLanguageTag("ru"));
        List<String> russian = lines(robot);
        assertTrue(russian.contains("Конкуренты"), russian.toString());
        assertTrue(russian.contains("Comparison of options: отстаёт от конкурентов (хуже: 1, только у конкурентов: 1)"),
                russian.toString());
        Messages.setLocale(Locale.forLanguageTag("sr"));
        List<String> serbian = lines(robot);
        assertTrue(serbian.contains("Information search: заостаје за конкурентима (лошије: 1)"), serbian.toString());
    }

    @Test
    void weakLinksTagKeyPointsAndConversionPoints(FxRobot robot) {
        map.touchpoint("tp-mailing").setMetrics(Map.of(Metric.CONVERSION_PERCENT, 2.0));
        List<WeakLink> links = AnalysisReport.of(map).weakLinks();
        robot.interact(() -> weakLinks.show(links, new MapNames(map)));

        assertEquals("Booking by phone — Comparison of options · key point · criteria 2.5", weakLinks.text(links.get(0)));
        assertEquals("SMS and e-mail offers — Post-purchase reaction · conversion point · criteria 2.5",
                weakLinks.text(links.get(1)));
        assertEquals("Question in the site chat — Information search · criteria 3.3", weakLinks.text(links.get(2)));
    }
}
