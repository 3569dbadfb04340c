package org.touchmap.ui.start;

import java.nio.file.Path;

import org.touchmap.model.MapTemplate;

/** What the person picked on the start page. */
public sealed interface StartChoice {
    /** A new map from a stage set or an industry starter. */
    record FromTemplate(MapTemplate template) implements StartChoice {
    }

    /** A map opened lately. */
    record Recent(Path file) implements StartChoice {
    }

    /** A bundled sample, by its resource name. */
    record Sample(String name) implements StartChoice {
    }
}
