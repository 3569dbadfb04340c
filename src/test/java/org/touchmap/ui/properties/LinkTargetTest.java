package org.touchmap.ui.properties;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkTargetTest {
    private static final Optional<Path> MAP = Optional.of(Path.of("/work/maps/clinic.cjm"));

    @Test
    void aWebAddressOpensAsItIs() {
        assertEquals(Optional.of("https://example.org/survey?id=4"), LinkTarget.of(" https://example.org/survey?id=4 ", MAP));
        assertEquals(Optional.of("mailto:team@example.org"), LinkTarget.of("mailto:team@example.org", MAP));
    }

    @Test
    void aRelativePathIsTakenFromTheMapsFolder() {
        assertEquals(Optional.of("file:///work/maps/evidence/calls.pdf"), LinkTarget.of("evidence/calls.pdf", MAP));
        assertEquals(Optional.of("file:///data/survey.xlsx"), LinkTarget.of("/data/survey.xlsx", MAP));
    }

    @Test
    void blankTextOpensNothing() {
        assertEquals(Optional.empty(), LinkTarget.of("  ", MAP));
        assertEquals(Optional.empty(), LinkTarget.of(null, MAP));
    }
}
