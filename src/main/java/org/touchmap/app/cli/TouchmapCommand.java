package org.touchmap.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code touchmap} command: its subcommands work on map files without opening the editor. */
@Command(name = "touchmap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Editor for customer journey maps.", "Without a command, opens the editor."},
        subcommands = {ValidateCommand.class, ExportCommand.class, ImportCommand.class, ReportCommand.class,
                DiffCommand.class, GenerateCommand.class})
final class TouchmapCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
