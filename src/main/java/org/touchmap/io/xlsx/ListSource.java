package org.touchmap.io.xlsx;

/** Names that a drop-down list takes from a range of the workbook, because they are too many for a fixed list. */
public enum ListSource {
    /** The map's stage names. */
    STAGES,
    /** The map's lane names. */
    LANES,
    /** The channel catalog's names in the workbook's language. */
    CHANNELS
}
