package org.touchmap.ui.analysis;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.CompetitorVerdict;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageHealth;
import org.touchmap.analysis.StageSummary;
import org.touchmap.analysis.WeakLinkReason;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.i18n.PercentText;

/** Numbers and words of the analysis panel in the interface language. */
final class AnalysisFormat {
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private final Locale locale;

    AnalysisFormat(Locale locale) {
        this.locale = locale;
        whole = NumberFormat.getIntegerInstance(locale);
        oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(0);
        oneDecimal.setMaximumFractionDigits(1);
        // Halves round up, as in the command line's report, so both show 3.25 as 3.3.
        oneDecimal.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** The current interface language's format. */
    static AnalysisFormat current() {
        return new AnalysisFormat(Messages.locale());
    }

    String count(long value) {
        return whole.format(value);
    }

    /** A count that may be unknown. */
    String count(Long value) {
        return value == null ? missing() : count(value.longValue());
    }

    /** A fraction (0.4) as a percentage ("40 %"). */
    String percent(OptionalDouble fraction) {
        return fraction.isPresent()
                ? PercentText.of(locale, fraction.getAsDouble())
                : missing();
    }

    /**
     * "Most customers are lost after Study and compare: 62.5 %", or empty when no funnel step loses anyone.
     */
    Optional<String> biggestLeak(AnalysisReport report) {
        return report.funnel().biggestLeak().map(step -> Messages.get("analysis.biggestLeak",
                stageName(report, step.fromStageId()), percent(step.dropOff())));
    }

    private static String stageName(AnalysisReport report, String stageId) {
        return report.stages().stream().map(StageAnalysis::summary).filter(s -> s.stageId().equals(stageId))
                .map(StageSummary::name).findFirst().orElse(stageId);
    }

    /** An average score with at most one decimal. */
    String score(OptionalDouble value) {
        return value.isPresent() ? oneDecimal.format(value.getAsDouble()) : missing();
    }

    static String health(StageHealth health) {
        return Messages.get("analysis.health." + health.name().toLowerCase(Locale.ROOT));
    }

    /** The verdict as a few words ("behind competitors"); nothing is said of a stage that is not compared. */
    static String verdict(CompetitorVerdict verdict) {
        return switch (verdict) {
            case AHEAD -> Messages.get("analysis.competitor.ahead");
            case EVEN -> Messages.get("analysis.competitor.even");
            case BEHIND -> Messages.get("analysis.competitor.behind");
            case NOT_COMPARED -> missing();
        };
    }

    /** The small tag of a weak link's group ("key point", "conversion point"); empty for the others. */
    static Optional<String> reasonTag(WeakLinkReason reason) {
        return switch (reason) {
            case KEY_POINT -> Optional.of(Messages.get("analysis.weakLink.keyPoint"));
            case CONVERSION_POINT -> Optional.of(Messages.get("analysis.weakLink.conversionPoint"));
            case OTHER -> Optional.empty();
        };
    }

    static String missing() {
        return Messages.get("analysis.missing");
    }
}
