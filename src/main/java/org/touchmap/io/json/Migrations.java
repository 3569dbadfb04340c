package org.touchmap.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain of {@link Migration}s that brings a file of any readable format version up to the
 * current one, one version at a time. Version 2 only adds typed lanes to version 1 (ADR 0024), so
 * its step changes nothing.
 */
final class Migrations {
    private final int currentVersion;
    private final Map<Integer, Migration> steps = new TreeMap<>();

    Migrations(int currentVersion, List<Migration> steps) {
        this.currentVersion = currentVersion;
        for (Migration step : steps) {
            if (step.fromVersion() >= currentVersion || this.steps.put(step.fromVersion(), step) != null) {
                throw new IllegalArgumentException("Migration from version " + step.fromVersion()
                        + " does not fit before version " + currentVersion);
            }
        }
        for (int v = oldestReadableVersion(); v < currentVersion; v++) {
            if (!this.steps.containsKey(v)) {
                throw new IllegalArgumentException("No migration from version " + v);
            }
        }
    }

    static Migrations standard() {
        return new Migrations(MapJson.FORMAT_VERSION, List.of(Migration.additionsOnly(1)));
    }

    int currentVersion() {
        return currentVersion;
    }

    int oldestReadableVersion() {
        return steps.isEmpty() ? currentVersion : steps.keySet().iterator().next();
    }

    /** Whether a file of {@code version} reads as a file of the current version, without a change. */
    boolean readsAsIs(int version) {
        if (version < oldestReadableVersion() || version > currentVersion) {
            return false;
        }
        for (int v = version; v < currentVersion; v++) {
            if (!steps.get(v).onlyAdds()) {
                return false;
            }
        }
        return true;
    }

    /** Rewrites {@code root}, a file in format {@code version}, into the current format. */
    void upgrade(ObjectNode root, int version) {
        for (int v = version; v < currentVersion; v++) {
            steps.get(v).apply(root);
            root.put(MapDto.FORMAT_VERSION, v + 1);
        }
    }
}
