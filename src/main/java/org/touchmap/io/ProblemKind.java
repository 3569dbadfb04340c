package org.touchmap.io;

/**
 * Why a map file (or a workbook to import) could not be opened or saved. Each reason names a
 * message in the {@code org.touchmap.io.errors} bundle ("what is wrong") and a hint ("what to do").
 * The keys are part of the contract with the GUI and the translations: rename with care.
 * Public so that readers in subpackages ({@code io.xlsx}) can name their reasons; the keys stay inside.
 */
public enum ProblemKind {
    FILE_MISSING("file.missing", Hint.CHECK_PATH),
    FILE_IS_FOLDER("file.isFolder", Hint.CHECK_PATH),
    FILE_NOT_REGULAR("file.notRegular", Hint.CHECK_PATH),
    FILE_UNREADABLE("file.unreadable", Hint.CHECK_PERMISSIONS),
    FILE_TOO_LARGE("file.tooLarge", Hint.NOT_A_MAP),
    FILE_EMPTY("file.empty", Hint.OPEN_BACKUP),

    NOT_UTF8("json.notUtf8", Hint.NOT_A_MAP_OR_BACKUP),
    NOT_JSON("json.notJson", Hint.NOT_A_MAP),
    TRUNCATED("json.truncated", Hint.OPEN_BACKUP),
    MALFORMED("json.malformed", Hint.FIX_OR_BACKUP),
    NON_FINITE_NUMBER("json.nonFiniteNumber", Hint.FIX_OR_BACKUP),
    DUPLICATE_KEY("json.duplicateKey", Hint.FIX_OR_BACKUP),
    TOO_DEEP("json.tooDeep", Hint.NOT_A_MAP),
    TEXT_TOO_LONG("json.textTooLong", Hint.NOT_A_MAP),
    NUMBER_TOO_LONG("json.numberTooLong", Hint.NOT_A_MAP),
    KEY_TOO_LONG("json.keyTooLong", Hint.NOT_A_MAP),
    TOO_MANY_VALUES("json.tooManyValues", Hint.NOT_A_MAP),
    TOO_MANY_STAGES("count.tooManyStages", Hint.SPLIT_MAP),
    TOO_MANY_LANES("count.tooManyLanes", Hint.SPLIT_MAP),
    TOO_MANY_TOUCHPOINTS("count.tooManyTouchpoints", Hint.SPLIT_MAP),
    TOO_MANY_CHAINS("count.tooManyChains", Hint.SPLIT_MAP),
    TOO_MANY_LINKS("count.tooManyLinks", Hint.SPLIT_MAP),
    TOO_MANY_NOTES("count.tooManyNotes", Hint.SPLIT_MAP),

    NOT_A_MAP_OBJECT("format.notObject", Hint.NOT_A_MAP),
    FORMAT_MISSING("format.missing", Hint.NOT_A_MAP),
    FORMAT_OTHER("format.other", Hint.NOT_A_MAP),
    VERSION_MISSING("format.versionMissing", Hint.FIX_OR_BACKUP),
    VERSION_INVALID("format.versionInvalid", Hint.FIX_OR_BACKUP),
    VERSION_NEWER("format.versionNewer", Hint.UPDATE),
    VERSION_UNSUPPORTED("format.versionUnsupported", Hint.FIX_OR_BACKUP),

    FIELD_MISSING("value.missing", Hint.FIX_OR_BACKUP),
    FIELD_NOT_ALLOWED("value.notAllowed", Hint.FIX_OR_BACKUP),
    NOT_TEXT("value.notText", Hint.FIX_OR_BACKUP),
    NOT_NUMBER("value.notNumber", Hint.FIX_OR_BACKUP),
    NOT_WHOLE_NUMBER("value.notWholeNumber", Hint.FIX_OR_BACKUP),
    NOT_BOOLEAN("value.notBoolean", Hint.FIX_OR_BACKUP),
    NOT_OBJECT("value.notObject", Hint.FIX_OR_BACKUP),
    NOT_LIST("value.notList", Hint.FIX_OR_BACKUP),
    NUMBER_TOO_LARGE("value.numberTooLarge", Hint.FIX_OR_BACKUP),
    NOT_ONE_OF("value.notOneOf", Hint.FIX_OR_BACKUP),
    NOT_INSTANT("value.notInstant", Hint.FIX_OR_BACKUP),
    NOT_COLOR("value.notColor", Hint.FIX_OR_BACKUP),
    INVALID_ID("value.invalidId", Hint.FIX_OR_BACKUP),
    NEGATIVE("value.negative", Hint.FIX_OR_BACKUP),
    NOT_POSITIVE("value.notPositive", Hint.FIX_OR_BACKUP),
    SCORE_OUT_OF_RANGE("value.scoreOutOfRange", Hint.FIX_OR_BACKUP),
    EMOTION_OUT_OF_RANGE("value.emotionOutOfRange", Hint.FIX_OR_BACKUP),
    METRIC_OUT_OF_RANGE("value.metricOutOfRange", Hint.FIX_OR_BACKUP),
    UNKNOWN_METRIC("value.unknownMetric", Hint.FIX_OR_BACKUP),

    DUPLICATE_ID("ref.duplicateId", Hint.FIX_OR_BACKUP),
    MISSING_STAGE("ref.missingStage", Hint.FIX_OR_BACKUP),
    MISSING_LANE("ref.missingLane", Hint.FIX_OR_BACKUP),
    MISSING_TOUCHPOINT("ref.missingTouchpoint", Hint.FIX_OR_BACKUP),
    MISSING_CHAIN("ref.missingChain", Hint.FIX_OR_BACKUP),
    LANE_HOLDS_NO_CARDS("ref.laneHoldsNoCards", Hint.FIX_OR_BACKUP),
    LANE_HOLDS_NO_NOTES("ref.laneHoldsNoNotes", Hint.FIX_OR_BACKUP),
    PARTICIPANT_BLANK("vote.participantBlank", Hint.FIX_OR_BACKUP),
    DUPLICATE_PARTICIPANT("vote.duplicateParticipant", Hint.FIX_OR_BACKUP),
    TOO_MANY_DOTS("vote.tooManyDots", Hint.FIX_OR_BACKUP),
    DOTS_OUT_OF_RANGE("vote.dotsOutOfRange", Hint.FIX_OR_BACKUP),
    INCONSISTENT("map.inconsistent", Hint.FIX_OR_BACKUP),
    NOT_A_PICTURE("picture.notAPicture", Hint.PICTURE),
    PICTURE_TOO_LARGE("picture.tooLarge", Hint.PICTURE),
    PICTURE_TOO_MANY_PIXELS("picture.tooManyPixels", Hint.PICTURE),
    /** The same faults in a picture a map file keeps, where the file is what to mend. */
    STORED_NOT_A_PICTURE("picture.notAPicture", Hint.FIX_OR_BACKUP),
    STORED_PICTURE_TOO_LARGE("picture.tooLarge", Hint.FIX_OR_BACKUP),
    STORED_PICTURE_TOO_MANY_PIXELS("picture.tooManyPixels", Hint.FIX_OR_BACKUP),

    SAVE_NO_FOLDER("save.noFolder", Hint.CHOOSE_FOLDER),
    SAVE_DENIED("save.denied", Hint.SAVE_ELSEWHERE),
    SAVE_FAILED("save.failed", Hint.SAVE_ELSEWHERE),
    SAVE_NOT_A_FILE("save.notAFile", Hint.NAME_A_FILE),
    SAVE_TOO_LARGE("save.tooLarge", Hint.FEWER_SNAPSHOTS),

    WORKBOOK_IS_FOLDER("workbook.isFolder", Hint.CHECK_PATH),
    WORKBOOK_NOT_REGULAR("workbook.notRegular", Hint.CHECK_PATH),
    WORKBOOK_NOT_XLSX("workbook.notXlsx", Hint.SAVE_AS_XLSX),
    WORKBOOK_OLD_FORMAT("workbook.oldFormat", Hint.SAVE_AS_XLSX),
    WORKBOOK_TOO_LARGE("workbook.tooLarge", Hint.SMALLER_WORKBOOK),
    WORKBOOK_PART_TOO_LARGE("workbook.partTooLarge", Hint.SMALLER_WORKBOOK),
    WORKBOOK_TOO_MANY_ROWS("workbook.tooManyRows", Hint.SMALLER_WORKBOOK),
    WORKBOOK_ZIP_BOMB("workbook.zipBomb", Hint.TRUSTED_WORKBOOK),
    WORKBOOK_UNSAFE_XML("workbook.unsafeXml", Hint.TRUSTED_WORKBOOK),
    WORKBOOK_DAMAGED("workbook.damaged", Hint.RESAVE_WORKBOOK),
    WORKBOOK_UNKNOWN_PACKING("workbook.unknownPacking", Hint.RESAVE_WORKBOOK),
    WORKBOOK_NO_TOUCHPOINTS_SHEET("workbook.noTouchpointsSheet", Hint.EXPORTED_WORKBOOK),
    WORKBOOK_NO_ID_OR_NAME("workbook.noIdOrName", Hint.EXPORTED_WORKBOOK);

    /** What the person can do; every hint message takes the file name as its only argument. */
    enum Hint {
        CHECK_PATH("hint.checkPath"),
        PICTURE("hint.picture"),
        CHECK_PERMISSIONS("hint.checkPermissions"),
        NOT_A_MAP("hint.notAMap"),
        NOT_A_MAP_OR_BACKUP("hint.notAMapOrBackup"),
        OPEN_BACKUP("hint.openBackup"),
        FIX_OR_BACKUP("hint.fixOrBackup"),
        UPDATE("hint.update"),
        CHOOSE_FOLDER("hint.chooseFolder"),
        NAME_A_FILE("hint.nameAFile"),
        SAVE_ELSEWHERE("hint.saveElsewhere"),
        SAVE_AS_XLSX("hint.saveAsXlsx"),
        SMALLER_WORKBOOK("hint.smallerWorkbook"),
        TRUSTED_WORKBOOK("hint.trustedWorkbook"),
        RESAVE_WORKBOOK("hint.resaveWorkbook"),
        EXPORTED_WORKBOOK("hint.exportedWorkbook"),
        FEWER_SNAPSHOTS("hint.fewerSnapshots"),
        SPLIT_MAP("hint.splitMap"),
        NO_BACKUP("hint.noBackup"),
        FIX_IN_EDITOR("hint.fixInEditor");

        private final String key;

        Hint(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        /** The advice for a file that has no backup copy beside it: nothing that sends the person looking for one. */
        Hint withoutBackup() {
            return switch (this) {
                case NOT_A_MAP_OR_BACKUP -> NOT_A_MAP;
                case OPEN_BACKUP -> NO_BACKUP;
                case FIX_OR_BACKUP -> FIX_IN_EDITOR;
                default -> this;
            };
        }
    }

    private final String key;
    private final Hint hint;

    ProblemKind(String key, Hint hint) {
        this.key = key;
        this.hint = hint;
    }

    String key() {
        return key;
    }

    Hint hint() {
        return hint;
    }
}
