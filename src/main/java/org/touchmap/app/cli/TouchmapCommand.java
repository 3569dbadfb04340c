package org.touchmap.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;

/**
 * The {@code touchmap} command: its subcommands work on map files without opening the editor.
 * They are added by {@link Cli}, only the one named when a command is run: picocli reads the
 * annotations of every command it is given, which cost a one-shot command a tenth of a second.
 */
@Command(name = "touchmap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Editor for customer journey maps.", "Without a command, opens the editor."})
final class TouchmapCommand implements Runnable {
    /** The subcommands, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of("validate", "export", "import", "report", "diff", "generate");

    /** A new instance of the subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
    static Object subcommand(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "report" -> new ReportCommand();
            case "diff" -> new DiffCommand();
            case "generate" -> new GenerateCommand();
            default -> throw new IllegalArgumentException("No such command: " + name);
        };
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
