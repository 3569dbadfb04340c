package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/**
 * A whole {@code .cjm} document as it is in the file (current format version), apart from the
 * model: the file format is a contract, the model is free to change. Optional values the file
 * leaves out are {@code null}.
 */
record MapDto(String title, String description, String industry, String template, PersonaDto persona, String competitorNotes,
              String created, String modified, List<StageDto> stages, List<LaneDto> lanes,
              List<TouchpointDto> touchpoints, List<ChainDto> chains, List<NoteDto> notes, VotingDto voting,
              List<SnapshotDto> snapshots,
              Map<String, Object> unknownFields) {

    static final String FORMAT = "format";
    static final String FORMAT_VERSION = "formatVersion";
    /** Every key of the top-level object, in the order they are written. */
    static final List<String> KEYS = List.of(FORMAT, FORMAT_VERSION, "title", "description", "industry", "template", "persona",
            "competitorNotes", "created", "modified", "stages", "lanes", "touchpoints", "chains", "notes", VotingJson.KEY,
            SnapshotsJson.KEY);
}
