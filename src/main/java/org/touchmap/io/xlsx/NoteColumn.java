package org.touchmap.io.xlsx;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;

/**
 * One column of the {@code Notes} sheet (ADR 0025): its header in every language and what a
 * note's cell holds. The export writes these cells and the import compares a row with them, so
 * the two cannot disagree about a column.
 */
public enum NoteColumn {
    ID("id", 14),
    STAGE("stage", 18),
    LANE("lane", 18),
    /** The lane's kind, shown to filter by; the lane decides it, so the import never reads it. */
    LANE_KIND("laneKind", 16),
    TEXT("text", 44),
    OWNER("owner", 18),
    SUPPORTS("supports", 20);

    /** How the ids of the supported touchpoints are joined in a cell; ids hold no commas or spaces. */
    private static final String SUPPORTS_SEPARATOR = ", ";

    private final String key;
    private final int width;

    NoteColumn(String key, int width) {
        this.key = key;
        this.width = width;
    }

    /** A stable name of the column; the import accepts it as a header too. */
    public String key() {
        return key;
    }

    public String header(Locale locale) {
        return ColumnText.column(locale, "notes.header." + key);
    }

    /** A good width in characters: text wraps within it, and a header word may widen it. */
    public int width() {
        return width;
    }

    /** The note's cell in this column, in the given language: the text the export writes. */
    public String text(JourneyMap map, Note note, Locale locale) {
        return switch (this) {
            case ID -> note.id();
            case STAGE -> map.findStage(note.stageId()).map(stage -> stage.name()).orElse(note.stageId());
            case LANE -> map.findLane(note.laneId()).map(Lane::name).orElse(note.laneId());
            case LANE_KIND -> map.findLane(note.laneId()).map(lane -> lane.kind().displayName(locale)).orElse("");
            case TEXT -> note.name();
            case OWNER -> note.owner();
            case SUPPORTS -> supportsText(note.supports());
        };
    }

    /** The columns in the order the sheet has them. */
    public static List<NoteColumn> all() {
        return Arrays.asList(values());
    }

    static String supportsText(List<String> touchpointIds) {
        return String.join(SUPPORTS_SEPARATOR, touchpointIds);
    }

    /** The ids a Supports cell lists, in its order, each once; commas, semicolons and spaces separate them. */
    static List<String> supportedIds(String cell) {
        return Arrays.stream(cell.split("[,;\\s]+")).filter(id -> !id.isEmpty()).distinct().toList();
    }
}
