package org.touchmap.app.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {

    @Test
    void commandsAndTheirOptionsGoToTheCommandLine() {
        assertTrue(Cli.handles(new String[]{"validate", "map.cjm"}));
        assertTrue(Cli.handles(new String[]{"--help"}));
        assertTrue(Cli.handles(new String[]{"-h"}));
        assertTrue(Cli.handles(new String[]{"--version"}));
        assertTrue(Cli.handles(new String[]{"-V"}));
    }

    @Test
    void everythingElseStartsTheEditor() {
        assertFalse(Cli.handles(new String[0]));
        assertFalse(Cli.handles(new String[]{"map.cjm"}));
        assertFalse(Cli.handles(new String[]{"validate.cjm"}));
        assertFalse(Cli.handles(new String[]{"--fullscreen"}));
    }

    @Test
    void withoutACommandTheUsageIsShown() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Without a command, opens the editor."), run.out());
    }

    @Test
    void everyHelpTextPrintsWithoutAFormattingWarning() {
        // picocli formats help texts with String.format; a bare percent sign makes it print a
        // warning on the process's standard error and show the raw text.
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Cli.commandLine().getSubcommands().values().forEach(command -> assertFalse(command.getUsageMessage().isBlank()));
        } finally {
            System.setErr(realErr);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
