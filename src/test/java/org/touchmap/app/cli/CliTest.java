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
    void theFirstWordsAreThoseOfTheCommandModel() {
        picocli.CommandLine model = Cli.commandLine();
        java.util.Set<String> words = new java.util.HashSet<>(model.getSubcommands().keySet());
        words.addAll(model.getCommandSpec().optionsMap().keySet());

        assertEquals(words, Cli.FIRST_WORDS);
    }

    @Test
    void everythingElseStartsTheEditor() {
        assertFalse(Cli.handles(new String[0]));
        assertFalse(Cli.handles(new String[]{"map.cjm"}));
        assertFalse(Cli.handles(new String[]{"validate.cjm"}));
        assertFalse(Cli.handles(new String[]{"--fullscreen"}));
    }

    @Test
    void aMistypedCommandIsExitTwoWithASuggestion() {
        CliRun run = CliRun.of("valdate", "x.cjm");

        assertEquals(2, run.exitCode());
        assertEquals("error: valdate is not a command; did you mean validate? — the commands are listed by touchmap --help",
                run.err().strip());
        assertEquals("error: frobnicate is not a command — the commands are listed by touchmap --help",
                CliRun.of("frobnicate").err().strip());
    }

    @Test
    void anUnknownOptionIsExitTwo() {
        CliRun run = CliRun.of("--frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--frobnicate"), run.err());
    }

    @Test
    void anUnknownOptionShowsTheUsageButARefusedValueIsOneLine() {
        CliRun unknown = CliRun.of("export", "map.cjm", "--frobnicate");
        CliRun refused = CliRun.of("export", "map.cjm", "--svg", "map.svg", "--scale", "0");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Usage: touchmap export"), unknown.err());
        assertEquals(2, refused.exitCode());
        assertEquals("error: --scale must be above 0 and at most 10 — touchmap export --help lists the options",
                refused.err().strip());
    }

    @Test
    void aMissingMapIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("no-such-map.cjm");

        assertEquals(2, run.exitCode());
        assertEquals("error: no-such-map.cjm: there is no such file — name an existing map, or a command (touchmap --help)",
                run.err().strip());
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

    @Test
    void runningOutOfMemoryNamesTheMapAndGivesPictureAdviceToExportsAlone() {
        assertEquals("error: big.cjm: not enough memory to finish — choose a smaller --scale or --dpi,"
                + " or give Java more memory (java -Xmx4g -jar touchmap.jar …)",
                Cli.outOfMemory(new String[] {"export", "--lang", "ru", "big.cjm", "--png", "big.png"}));
        assertEquals("error: big.cjm: not enough memory to finish — give Java more memory (java -Xmx4g -jar touchmap.jar …)",
                Cli.outOfMemory(new String[] {"validate", "big.cjm"}));
    }
}
