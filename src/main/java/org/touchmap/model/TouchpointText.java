package org.touchmap.model;

/**
 * The free-text fields of a touchpoint that are described once, here: the file, the Excel
 * workbook, the property panel, search, the comparison and the edit commands all derive theirs
 * from this list, so a field added here needs nothing more than its words in the bundles
 * ({@code docs/architecture.md}, "How to add a touchpoint field"). Each field's {@link #key()} is
 * its name in the file and in the bundles' keys.
 */
public enum TouchpointText {
    /** Where the evidence behind the touchpoint is: a web address or a file path (a survey, a recording). */
    EVIDENCE_SOURCE("evidenceSource", Kind.LINK);

    /** How the property panel offers a field. */
    public enum Kind {
        /** One line of text. */
        LINE,
        /** A web address or a file path, which the panel opens; a card with one shows a badge. */
        LINK
    }

    private final String key;
    private final Kind kind;

    TouchpointText(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The field's name in the file ({@code "evidenceSource"}) and in the bundles' keys. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }
}
