package org.touchmap.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.touchmap.analysis.CardVotes;
import org.touchmap.analysis.VoteTally;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.BrokenChain;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.MissingTouchpoint;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageCompetition;
import org.touchmap.analysis.StageNotes;
import org.touchmap.model.Note;
import org.touchmap.analysis.StageSummary;
import org.touchmap.analysis.WeakLink;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;

/**
 * The report as plain JSON values in a fixed key order; see {@code docs/report-json.md}. Every key is
 * always present ({@code null} when unknown), fractions (conversion, drop-off, share negative) are
 * decimal fractions rounded to 4 places (0.4 for 40 %), criteria averages are rounded to 2 places.
 */
final class ReportJson {
    static final String FORMAT = "touchmap-report";
    static final int VERSION = 1;

    private ReportJson() {
    }

    static Map<String, Object> of(JourneyMap map, AnalysisReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("reportVersion", VERSION);
        root.put("title", map.title());
        List<Object> stages = new ArrayList<>();
        for (int i = 0; i < report.stages().size(); i++) {
            stages.add(stage(report.stages().get(i), report.competition().get(i), report.notes().get(i)));
        }
        root.put("stages", stages);
        root.put("funnel", report.funnel().steps().stream().map(ReportJson::step).toList());
        List<Object> weakLinks = new ArrayList<>();
        for (WeakLink link : report.weakLinks()) {
            weakLinks.add(weakLink(weakLinks.size() + 1, link));
        }
        root.put("weakLinks", weakLinks);
        root.put("brokenChains", report.brokenChains().stream().map(ReportJson::brokenChain).toList());
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("emptyStages", named(report.coverage().emptyStageIds(), map::stage));
        coverage.put("unfinishedChains", named(report.coverage().unfinishedChainIds(), map::chain));
        coverage.put("unchainedTouchpoints", named(report.coverage().unchainedTouchpointIds(), map::touchpoint));
        coverage.put("missingTouchpoints", report.coverage().missingTouchpoints().stream()
                .map(missing -> missing(map, missing)).toList());
        root.put("coverage", coverage);
        root.put("votes", votes(map));
        root.put("biggestLeak", report.funnel().biggestLeak().map(step -> leak(map, step)).orElse(null));
        return root;
    }

    /** The dot vote, or {@code null} when nobody takes part in one. */
    private static Map<String, Object> votes(JourneyMap map) {
        if (map.voting().ballots().isEmpty()) {
            return null;
        }
        VoteTally tally = VoteTally.of(map);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("dotsPerPerson", tally.dotsPerPerson());
        List<Object> participants = new ArrayList<>();
        tally.remainingDots().forEach((participant, remaining) -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", participant);
            person.put("dotsLeft", remaining);
            participants.add(person);
        });
        node.put("participants", participants);
        List<Object> ranking = new ArrayList<>();
        for (CardVotes card : tally.ranking()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rank", ranking.size() + 1);
            entry.put("id", card.touchpointId());
            entry.put("name", card.name());
            entry.put("stage", card.stageId());
            entry.put("dots", card.dots());
            entry.put("voters", card.voters().stream().map(voter -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", voter.participant());
                v.put("dots", voter.dots());
                return v;
            }).toList());
            ranking.add(entry);
        }
        node.put("ranking", ranking);
        return node;
    }

    private static Map<String, Object> stage(StageAnalysis analysis, StageCompetition competition, StageNotes notes) {
        StageSummary s = analysis.summary();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", s.stageId());
        node.put("name", s.name());
        node.put("phase", s.phase());
        node.put("positive", s.positive());
        node.put("neutral", s.neutral());
        node.put("negative", s.negative());
        node.put("unrated", s.unrated());
        node.put("total", s.total());
        node.put("visitors", s.visitors());
        node.put("conversionToNext", fraction(s.conversionToNext()));
        node.put("shareNegative", fraction(analysis.shareNegative()));
        node.put("criteriaAverage", average(analysis.criteriaAverage()));
        node.put("health", analysis.health().name());
        node.put("competition", competition(competition));
        node.put("dropOffToNext", fraction(analysis.dropOffToNext()));
        node.put("biggestLeak", analysis.biggestLeak());
        node.put("painPoints", notes(notes.painPoints()));
        node.put("opportunities", notes(notes.opportunities()));
        return node;
    }

    private static List<Object> notes(List<Note> notes) {
        return notes.stream().<Object>map(note -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", note.id());
            node.put("text", note.name());
            return node;
        }).toList();
    }

    private static Map<String, Object> competition(StageCompetition competition) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("better", competition.better());
        node.put("same", competition.same());
        node.put("worse", competition.worse());
        node.put("competitorLacksIt", competition.competitorLacksIt());
        node.put("weLackIt", competition.weLackIt());
        node.put("compared", competition.compared());
        node.put("verdict", competition.verdict().name());
        return node;
    }

    private static Map<String, Object> missing(JourneyMap map, MissingTouchpoint missing) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("channel", missing.channelId());
        node.put("channelName", ChannelCatalog.resolve(missing.channelId()).displayName(Locale.ENGLISH));
        node.put("stage", missing.stageId());
        node.put("stageName", map.stage(missing.stageId()).name());
        return node;
    }

    private static Map<String, Object> step(FunnelStep step) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("from", step.fromStageId());
        node.put("to", step.toStageId());
        node.put("fromVisitors", step.fromVisitors());
        node.put("toVisitors", step.toVisitors());
        node.put("conversion", fraction(step.conversion()));
        node.put("dropOff", fraction(step.dropOff()));
        node.put("moreVisitorsThanBefore", step.moreThanBefore());
        return node;
    }

    /** Where the map loses the largest share of its customers: after the step's earlier stage. */
    private static Map<String, Object> leak(JourneyMap map, FunnelStep step) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("stage", step.fromStageId());
        node.put("stageName", map.stage(step.fromStageId()).name());
        node.put("nextStage", step.toStageId());
        node.put("nextStageName", map.stage(step.toStageId()).name());
        node.put("fromVisitors", step.fromVisitors());
        node.put("toVisitors", step.toVisitors());
        node.put("dropOff", fraction(step.dropOff()));
        return node;
    }

    private static Map<String, Object> weakLink(int rank, WeakLink link) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("rank", rank);
        node.put("id", link.touchpointId());
        node.put("name", link.name());
        node.put("stage", link.stageId());
        node.put("keyPoint", link.keyPoint());
        node.put("criteriaAverage", average(link.criteriaAverage()));
        node.put("reason", link.reason().name());
        return node;
    }

    private static Map<String, Object> brokenChain(BrokenChain chain) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", chain.chainId());
        node.put("name", chain.name());
        node.put("runs", chain.runs());
        return node;
    }

    private static List<Object> named(List<String> ids, Function<String, ? extends MapElement> find) {
        List<Object> list = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", id);
            node.put("name", find.apply(id).name());
            list.add(node);
        }
        return list;
    }

    /** A fraction rounded to 4 decimal places, or {@code null}. */
    static Double fraction(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10_000) / 10_000.0 : null;
    }

    /** A 1..5 average rounded to 2 decimal places, or {@code null}. */
    static Double average(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 100) / 100.0 : null;
    }
}
