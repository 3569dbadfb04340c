package org.touchmap.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The export choices Touchmap remembers between exports and sessions: folder, format, scale, legend. */
public final class ExportPreferences {
    private static final String FOLDER = "folder";
    private static final String FORMAT = "format";
    private static final String SCALE = "scale";
    private static final String LEGEND = "legend";

    private final Preferences node;

    public ExportPreferences(Preferences node) {
        this.node = node;
    }

    /** The folder of the last export, while it still exists. */
    public Optional<Path> folder() {
        String stored = node.get(FOLDER, null);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(stored);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public ExportFormat format() {
        try {
            return ExportFormat.valueOf(node.get(FORMAT, ExportFormat.XLSX.name()));
        } catch (IllegalArgumentException e) {
            return ExportFormat.XLSX;
        }
    }

    public double scale() {
        double scale = node.getDouble(SCALE, 2);
        return scale > 0 && scale <= 10 ? scale : 2;
    }

    public boolean legend() {
        return node.getBoolean(LEGEND, true);
    }

    /** Remembers what was just exported, and where. */
    public void remember(ExportSettings settings, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            node.put(FOLDER, folder.toString());
        }
        node.put(FORMAT, settings.format().name());
        if (settings.format().isPicture()) {
            node.putDouble(SCALE, settings.scale());
            node.putBoolean(LEGEND, settings.legend());
        }
    }
}
