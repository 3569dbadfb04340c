package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.touchmap.model.Ballot;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dot vote in a map file, {@code "voting": {"dotsPerPerson": 3, "ballots": [{"participant":
 * "Anna", "dots": {"tp-id": 2}}]}}: reading it into a DTO, checking it against the map, and
 * writing it back. A map nobody voted on leaves the key out, so its file is as before voting existed.
 * The voting object and each ballot are closed: an unknown key makes the file invalid.
 */
final class VotingJson {
    static final String KEY = "voting";

    private VotingJson() {
    }

    /** The {@code voting} object of the top level, or {@code null} when the file has none. */
    static VotingDto read(FieldReader root) {
        FieldReader voting = root.object(KEY);
        if (voting == null) {
            return null;
        }
        Long dotsPerPerson = voting.wholeNumber("dotsPerPerson");
        List<VotingDto.BallotDto> ballots = new ArrayList<>();
        for (FieldReader ballot : voting.objects("ballots")) {
            ballots.add(new VotingDto.BallotDto(ballot.requiredText("participant"), ballot.wholeNumberMap("dots")));
            ballot.refuseUnknownFields();
        }
        voting.refuseUnknownFields();
        return new VotingDto(dotsPerPerson, ballots);
    }

    /** The model's vote as it goes into the file; {@code null} (left out) when nobody voted. */
    static VotingDto toDto(Voting voting) {
        if (voting.isNone()) {
            return null;
        }
        List<VotingDto.BallotDto> ballots = voting.ballots().stream().map(b -> {
            Map<String, Long> dots = new LinkedHashMap<>();
            b.dots().forEach((id, count) -> dots.put(id, count.longValue()));
            return new VotingDto.BallotDto(b.participant(), dots);
        }).toList();
        return new VotingDto((long) voting.dotsPerPerson(), ballots);
    }

    static ObjectNode write(VotingDto dto) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dotsPerPerson", dto.dotsPerPerson());
        ArrayNode ballots = node.putArray("ballots");
        for (VotingDto.BallotDto ballot : dto.ballots()) {
            ObjectNode b = ballots.addObject();
            b.put("participant", ballot.participant());
            ObjectNode dots = b.putObject("dots");
            ballot.dots().forEach(dots::put);
        }
        return node;
    }

    /**
     * The vote for a map already holding its touchpoints. Every problem is named by its JSON path:
     * a dot on a touchpoint that is not in the file, a count below 1, a participant named twice or
     * with more dots than each person has.
     */
    static Voting toModel(VotingDto dto, JourneyMap map, JsonPath root) {
        if (dto == null) {
            return Voting.NONE;
        }
        JsonPath votingAt = root.key(KEY);
        int dotsPerPerson = dotsPerPerson(dto.dotsPerPerson(), votingAt);
        List<Ballot> ballots = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dto.ballots().size(); i++) {
            VotingDto.BallotDto b = dto.ballots().get(i);
            JsonPath at = votingAt.key("ballots").index(i);
            String participant = b.participant().strip();
            if (participant.isEmpty()) {
                throw FileProblem.at(at.key("participant"), ProblemKind.PARTICIPANT_BLANK);
            }
            if (!names.add(participant.toLowerCase(Locale.ROOT))) {
                throw FileProblem.at(at.key("participant"), ProblemKind.DUPLICATE_PARTICIPANT, participant);
            }
            Map<String, Integer> dots = dots(b.dots(), at.key("dots"), map);
            int used = dots.values().stream().mapToInt(Integer::intValue).sum();
            if (used > dotsPerPerson) {
                throw FileProblem.at(at.key("dots"), ProblemKind.TOO_MANY_DOTS, participant, Integer.toString(used),
                        Integer.toString(dotsPerPerson));
            }
            ballots.add(new Ballot(participant, dots));
        }
        return new Voting(dotsPerPerson, ballots);
    }

    private static int dotsPerPerson(Long dots, JsonPath votingAt) {
        if (dots == null) {
            return Voting.DEFAULT_DOTS_PER_PERSON;
        }
        if (dots < 1 || dots > Voting.MAX_DOTS_PER_PERSON) {
            throw FileProblem.at(votingAt.key("dotsPerPerson"), ProblemKind.DOTS_OUT_OF_RANGE, dots.toString(),
                    Integer.toString(Voting.MAX_DOTS_PER_PERSON));
        }
        return dots.intValue();
    }

    private static Map<String, Integer> dots(Map<String, Long> counts, JsonPath at, JourneyMap map) {
        Map<String, Integer> dots = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((touchpointId, count) -> {
                JsonPath countAt = at.key(touchpointId);
                ValueChecks.reference(touchpointId, countAt, map.hasTouchpoint(touchpointId), ProblemKind.MISSING_TOUCHPOINT);
                if (count < 1) {
                    throw FileProblem.at(countAt, ProblemKind.NOT_POSITIVE, count.toString());
                }
                // Larger than any dots-per-person; the per-ballot check then names the participant.
                dots.put(touchpointId, (int) Math.min(count, Integer.MAX_VALUE));
            });
        }
        return dots;
    }
}
