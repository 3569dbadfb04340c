package org.touchmap.app.cli;

import org.touchmap.analysis.CardVotes;
import org.touchmap.analysis.VoteTally;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.BrokenChain;
import org.touchmap.analysis.Funnel;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.MissingTouchpoint;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageCompetition;
import org.touchmap.analysis.StageSummary;
import org.touchmap.analysis.StageNotes;
import org.touchmap.analysis.WeakLink;
import org.touchmap.analysis.WeakLinkReason;
import org.touchmap.io.OneLine;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as text for a terminal: a stage table, funnel warnings, a competitor table per stage,
 * weak links (with why they rank high: key point, conversion point), broken chains and coverage.
 * Conversion is shown as a percentage with one decimal; unknown numbers as "-".
 */
final class ReportText {
    private static final int MAX_NAME = 32;
    private static final String NONE = "  none";

    private final JourneyMap map;
    private final StringBuilder text = new StringBuilder();

    private ReportText(JourneyMap map) {
        this.map = map;
    }

    static String of(JourneyMap map, AnalysisReport report) {
        ReportText r = new ReportText(map);
        r.line("Report: \"" + OneLine.of(map.title()) + "\"");
        r.stages(report.stages());
        r.biggestLeak(report.funnel());
        r.funnelWarnings(report.funnel().warnings());
        r.competition(report.competition());
        r.weakLinks(report.weakLinks());
        r.stageNotes(report.notes());
        r.brokenChains(report.brokenChains());
        r.coverage(report);
        VoteTally votes = VoteTally.of(map);
        if (votes.hasVotes()) {
            r.votes(votes);
        }
        return r.text.toString();
    }

    private void stages(List<StageAnalysis> stages) {
        int width = Math.max("stage".length(),
                stages.stream().mapToInt(s -> name(s.summary().name()).length()).max().orElse(0));
        String row = "%-" + width + "s %4s %4s %4s %8s %10s %11s  %s";
        line("");
        line("Stages");
        line(String.format(Locale.ROOT, row, "stage", "+", "=", "-", "unrated", "visitors", "conversion", "health"));
        for (StageAnalysis stage : stages) {
            StageSummary s = stage.summary();
            line(String.format(Locale.ROOT, row, name(s.name()), s.positive(), s.neutral(), s.negative(),
                    s.unrated(), s.visitors() == null ? "-" : s.visitors().toString(),
                    percent(s.conversionToNext()), stage.health().name().toLowerCase(Locale.ROOT)).stripTrailing());
        }
    }

    private void biggestLeak(Funnel funnel) {
        funnel.biggestLeak().ifPresent(step -> line(String.format(Locale.ROOT,
                "Most customers are lost after %s: %s (%d of %d do not reach %s)", name(map.stage(step.fromStageId())),
                percent(step.dropOff()), step.fromVisitors() - step.toVisitors(), step.fromVisitors(),
                name(map.stage(step.toStageId())))));
    }

    private void funnelWarnings(List<FunnelStep> warnings) {
        for (FunnelStep step : warnings) {
            line(String.format(Locale.ROOT, "warning: \"%s\" has more visitors (%d) than \"%s\" before it (%d)",
                    name(map.stage(step.toStageId())), step.toVisitors(),
                    name(map.stage(step.fromStageId())), step.fromVisitors()));
        }
    }

    private void competition(List<StageCompetition> stages) {
        int width = Math.max("stage".length(),
                stages.stream().mapToInt(s -> name(map.stage(s.stageId())).length()).max().orElse(0));
        String row = "%-" + width + "s %6s %5s %6s %10s %8s  %s";
        line("");
        line("Competitors (touchpoints compared with competitors)");
        line(String.format(Locale.ROOT, row, "stage", "better", "same", "worse", "they lack", "we lack", "verdict"));
        for (StageCompetition stage : stages) {
            line(String.format(Locale.ROOT, row, name(map.stage(stage.stageId())), stage.better(), stage.same(),
                    stage.worse(), stage.competitorLacksIt(), stage.weLackIt(), words(stage.verdict())));
        }
    }

    /** The notes of the pain-point and opportunity lanes, stage by stage; nothing when the map has none. */
    private void stageNotes(List<StageNotes> notes) {
        if (notes.stream().allMatch(stage -> stage.painPoints().isEmpty() && stage.opportunities().isEmpty())) {
            return;
        }
        line("");
        line("Pain points (-) and opportunities (+) from the notes lanes");
        for (StageNotes stage : notes) {
            if (stage.painPoints().isEmpty() && stage.opportunities().isEmpty()) {
                continue;
            }
            line("  " + name(map.stage(stage.stageId())) + " (pain points: " + stage.painPoints().size()
                    + ", opportunities: " + stage.opportunities().size() + ")");
            stage.painPoints().forEach(note -> line("    - " + OneLine.of(note.name())));
            stage.opportunities().forEach(note -> line("    + " + OneLine.of(note.name())));
        }
    }

    private void weakLinks(List<WeakLink> links) {
        line("");
        line("Weak links (negative touchpoints, weakest first)");
        if (links.isEmpty()) {
            line(NONE);
        }
        int rank = 1;
        for (WeakLink link : links) {
            String average = link.criteriaAverage().isPresent()
                    ? String.format(Locale.ROOT, ", criteria %.1f", link.criteriaAverage().getAsDouble()) : "";
            String reason = link.reason() == WeakLinkReason.OTHER ? "" : ", " + words(link.reason());
            line("  " + rank++ + ". " + name(link.name()) + " (" + name(map.stage(link.stageId())) + reason
                    + average + ")");
        }
    }

    private void brokenChains(List<BrokenChain> chains) {
        line("");
        line("Broken chains (two or more negative touchpoints in a row)");
        if (chains.isEmpty()) {
            line(NONE);
        }
        for (BrokenChain chain : chains) {
            String runs = chain.runs().stream()
                    .map(run -> run.stream().map(id -> name(map.touchpoint(id))).collect(Collectors.joining(" -> ")))
                    .collect(Collectors.joining("; "));
            line("  " + name(chain.name()) + ": " + runs);
        }
    }

    private void coverage(AnalysisReport report) {
        line("");
        line("Coverage");
        list("Stages with no touchpoints", report.coverage().emptyStageIds(), map::stage);
        list("Chains that stop before the last stage", report.coverage().unfinishedChainIds(), map::chain);
        list("Touchpoints in no chain", report.coverage().unchainedTouchpointIds(), map::touchpoint);
        List<MissingTouchpoint> missing = report.coverage().missingTouchpoints();
        line("  Typical touchpoints the map lacks: " + (missing.isEmpty() ? "none" : missing.stream()
                .map(m -> ChannelCatalog.resolve(m.channelId()).displayName(Locale.ENGLISH)
                        + " (" + name(map.stage(m.stageId())) + ")")
                .collect(Collectors.joining(", "))));
    }

    private void votes(VoteTally votes) {
        line("");
        line("Votes (dots per card, most first; " + votes.dotsPerPerson() + " dots per person)");
        int rank = 1;
        for (CardVotes card : votes.ranking()) {
            String voters = card.voters().stream().map(v -> OneLine.of(v.participant()) + " " + v.dots())
                    .collect(Collectors.joining(", "));
            line(String.format(Locale.ROOT, "  %d. %s (%s): %d (%s)", rank++, name(card.name()),
                    name(map.stage(card.stageId())), card.dots(), voters));
        }
        line("  Dots left: " + votes.remainingDots().entrySet().stream()
                .map(e -> OneLine.of(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private void list(String heading, List<String> ids, Function<String, ? extends MapElement> find) {
        String names = ids.isEmpty() ? "none"
                : ids.stream().map(id -> name(find.apply(id))).collect(Collectors.joining(", "));
        line("  " + heading + ": " + names);
    }

    /** An enum constant as lower-case words: {@code NOT_COMPARED} as "not compared". */
    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f %%", fraction.getAsDouble() * 100) : "-";
    }

    private static String name(MapElement element) {
        return name(element.name());
    }

    private static String name(String name) {
        String line = OneLine.of(name);
        return line.length() > MAX_NAME ? line.substring(0, MAX_NAME - 1) + "…" : line;
    }

    private void line(String line) {
        text.append(line).append(System.lineSeparator());
    }
}
