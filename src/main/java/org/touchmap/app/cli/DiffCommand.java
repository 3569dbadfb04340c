package org.touchmap.app.cli;

import org.touchmap.analysis.MapDiff;
import org.touchmap.analysis.NoteChange;
import org.touchmap.analysis.NoteDiff;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.io.json.JsonValues;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code touchmap diff BEFORE AFTER [--json]}: which touchpoints differ between two maps; never writes. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Lists the touchpoints that differ between two maps: added, removed, moved to another stage, "
                + "re-rated or renamed, and the notes and process steps added, removed, moved or edited. "
                + "Cards and notes are matched by id, then by name within the same stage. "
                + "The files are never changed.",
                "With --json the same as a JSON object, described in docs/diff-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the differences (or \"No differences.\") are on standard output",
                "1:a file cannot be opened; one line on standard error says why",
                "2:the command line is wrong"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "the map before, or ours (.cjm)")
    private Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "the map after, or the competitor's (.cjm)")
    private Path after;

    @Option(names = "--json", description = "print a machine-readable JSON object instead of text")
    private boolean json;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JourneyMap beforeMap;
        JourneyMap afterMap;
        try {
            beforeMap = MapFiles.load(before);
            afterMap = MapFiles.load(after);
        } catch (MapFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        List<TouchpointChange> changes = MapDiff.between(beforeMap, afterMap);
        List<NoteChange> notes = NoteDiff.between(beforeMap, afterMap);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonValues.write(DiffJson.of(beforeMap, afterMap, changes, notes)));
        } else {
            out.print(new DiffText(language.locale()).of(changes, notes));
        }
        return 0;
    }
}
