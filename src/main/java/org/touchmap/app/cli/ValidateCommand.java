package org.touchmap.app.cli;

import org.touchmap.io.OneLine;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code touchmap validate FILE}: opens a map exactly as the editor would, reports, never writes. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks that a map file opens in this version of Touchmap. The file is never changed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the file is a map; one line on standard output sums it up",
                "1:the file cannot be opened; one line on standard error says why",
                "2:the command line is wrong"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the map to check (.cjm)")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try {
            JourneyMap map = MapFiles.load(file);
            spec.commandLine().getOut().println("ok: " + OneLine.of(file.toString()) + " — " + MapSummary.of(map));
            return 0;
        } catch (MapFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
