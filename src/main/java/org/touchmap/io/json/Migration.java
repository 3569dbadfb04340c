package org.touchmap.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the file format's history: rewrites the JSON tree of a file in format
 * {@link #fromVersion()} into format {@code fromVersion() + 1}. Steps work on the tree, before
 * any mapping, so the DTOs only ever know the current format.
 */
interface Migration {
    int fromVersion();

    /**
     * Rewrites {@code root} in place. Throws {@link FileProblem} when the old file cannot be
     * expressed in the new format.
     */
    void apply(ObjectNode root);

    /**
     * Whether the newer version only adds optional keys, so that a file of the older one reads as
     * it is; such a step changes nothing in the tree.
     */
    default boolean onlyAdds() {
        return false;
    }

    /** A step to a version that only adds keys: nothing of the older file changes. */
    static Migration additionsOnly(int fromVersion) {
        return new Migration() {
            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public void apply(ObjectNode root) {
            }

            @Override
            public boolean onlyAdds() {
                return true;
            }
        };
    }
}
