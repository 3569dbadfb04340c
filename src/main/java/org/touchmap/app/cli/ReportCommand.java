package org.touchmap.app.cli;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.io.json.JsonValues;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code touchmap report FILE [--json]}: the map's analysis as text or as JSON; never writes. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Prints the analysis of a map: ratings, conversion and competitors per stage, weak links, "
                + "broken chains and coverage. The file is never changed.",
                "With --json the same as a JSON object, described in docs/report-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the report is on standard output",
                "1:the file cannot be opened; one line on standard error says why",
                "2:the command line is wrong"})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the map to analyse (.cjm)")
    private Path file;

    @Option(names = "--json", description = "print a machine-readable JSON object instead of text")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JourneyMap map;
        try {
            map = MapFiles.load(file);
        } catch (MapFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        AnalysisReport report = AnalysisReport.of(map);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonValues.write(ReportJson.of(map, report)));
        } else {
            out.print(ReportText.of(map, report));
        }
        return 0;
    }
}
