package org.touchmap.ui.export;

import org.touchmap.ui.i18n.Messages;

/** What File → Export can write. */
public enum ExportFormat {
    XLSX("xlsx", false),
    PNG("png", true),
    SVG("svg", true),
    PDF("pdf", true);

    private final String extension;
    private final boolean picture;

    ExportFormat(String extension, boolean picture) {
        this.extension = extension;
        this.picture = picture;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether it is a drawing of the map, with a scale and picture options. */
    public boolean isPicture() {
        return picture;
    }

    /** How the format is named in the dialog, e.g. "Excel workbook (*.xlsx)". */
    public String displayName() {
        return Messages.get("export.format." + extension);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
