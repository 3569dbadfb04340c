package org.touchmap.app;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchmap.app.StartChoice.*;

class StartChoiceTest {
    private static final Set<String> EXISTING = Set.of("clinic.cjm", "bakery.cjm");

    private static StartChoice start(boolean hasDisplay, String... args) {
        return StartChoice.of(args, hasDisplay, EXISTING::contains);
    }

    @Test
    void noArgumentsOrExistingMapsOpenTheEditor() {
        assertEquals(EDITOR, start(true));
        assertEquals(EDITOR, start(true, "clinic.cjm"));
        assertEquals(EDITOR, start(true, "clinic.cjm", "bakery.cjm"));
    }

    @Test
    void aMistypedCommandOrOptionOrAMissingFileIsACommandLine() {
        assertEquals(COMMAND_LINE, start(true, "valdate", "clinic.cjm"));
        assertEquals(COMMAND_LINE, start(true, "--frobnicate"));
        assertEquals(COMMAND_LINE, start(true, "missing.cjm"));
        assertEquals(COMMAND_LINE, start(true, "clinic.cjm", "--fullscreen"));
        assertEquals(COMMAND_LINE, start(true, "validate", "clinic.cjm"));
    }

    @Test
    void withoutADisplayTheEditorIsNotTried() {
        assertEquals(NO_DISPLAY, start(false));
        assertEquals(NO_DISPLAY, start(false, "clinic.cjm"));
        assertEquals(COMMAND_LINE, start(false, "--help"));
    }
}
