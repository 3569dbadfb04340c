package org.touchmap.ui.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The files the person opened or saved lately, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/touchmap/recent"));
    }

    /**
     * Where another remembered choice is kept, such as the last export folder: a node inside this
     * one, so that whoever chose where recent files live (a test's throwaway node) gets it too.
     */
    public Preferences settingsNode(String name) {
        return preferences.node(name);
    }

    /** Recent files that still exist. */
    public List<Path> existing() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value == null) {
                break;
            }
            Path path = Path.of(value);
            if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(existing());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // The list is a convenience; losing it must not disturb the person's work.
        }
    }
}
