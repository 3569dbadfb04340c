package org.touchmap.io.xlsx;

import java.util.List;

/**
 * The names of the workbook's sheets. They are the same in every language, because the import
 * and people's own scripts find sheets by name.
 */
public final class WorkbookSheets {
    public static final String MAP = "Map";
    public static final String TOUCHPOINTS = "Touchpoints";
    public static final String CHAINS = "Chains";
    public static final String STAGES = "Stages";
    public static final String CRITERIA = "Criteria";
    public static final String ANALYSIS = "Analysis";
    /**
     * The notes of every notes lane (ADR 0025). Only maps with such lanes have it, as the last
     * sheet, so it is not among {@link #all()}.
     */
    public static final String NOTES = "Notes";

    private WorkbookSheets() {
    }

    /** The sheets every workbook has, in the order it has them. */
    public static List<String> all() {
        return List.of(MAP, TOUCHPOINTS, CHAINS, STAGES, CRITERIA, ANALYSIS);
    }
}
