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
    void everyHelpTextIsAValidFormatString() {
        // picocli formats help texts with String.format; a bare percent sign prints a warning instead.
        Cli.commandLine().getSubcommands().values().forEach(command -> {
            command.getCommandSpec().options().forEach(option -> {
                for (String line : option.description()) {
                    assertDoesNotThrow(() -> String.format(line), command.getCommandName() + " " + option.longestName());
                }
            });
            for (String line : command.getCommandSpec().usageMessage().description()) {
                assertDoesNotThrow(() -> String.format(line), command.getCommandName());
            }
        });
    }
}
