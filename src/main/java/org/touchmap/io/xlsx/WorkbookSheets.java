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

    private WorkbookSheets() {
    }

    /** Every sheet in the order the workbook has them. */
    public static List<String> all() {
        return List.of(MAP, TOUCHPOINTS, CHAINS, STAGES, CRITERIA, ANALYSIS);
    }
}
