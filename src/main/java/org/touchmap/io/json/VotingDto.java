package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/**
 * The optional top-level {@code "voting"} object of a map file: the dot vote of a workshop.
 * {@code dotsPerPerson} is {@code null} when the file leaves it out.
 */
record VotingDto(Long dotsPerPerson, List<BallotDto> ballots) {

    /** One participant's dots, by touchpoint id, in file order. */
    record BallotDto(String participant, Map<String, Long> dots) {
    }
}
