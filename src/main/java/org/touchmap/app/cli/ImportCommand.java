package org.touchmap.app.cli;

import org.touchmap.edit.CommandStack;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.OneLine;
import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.io.files.OutputTargets;
import org.touchmap.render.ExportFile;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code touchmap import FILE --xlsx IN --out OUT}: applies the Touchpoints sheet of a workbook,
 * edited in Excel or LibreOffice, to a map and saves the result. Bad cells stop the import unless
 * the person asks to skip them, so nothing is written from a sheet that was misread.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Applies the Touchpoints and Notes sheets of an exported workbook to a map and saves the "
                + "result.",
                "Rows are matched by id: changed cells change the touchpoint or note, rows without a known id become "
                        + "new cards or notes. FILE is never changed; the result goes to --out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the result was written (or, with --dry-run, would be); the changes are listed on standard output",
                "1:the map or workbook cannot be used, or cells are wrong; standard error says which",
                "2:the command line is wrong"})
final class ImportCommand implements Callable<Integer> {
    /** A workbook may hold a hundred thousand bad cells; a terminal shows the first few, a file holds them all. */
    static final int SHOWN_PROBLEMS = 20;
    /** The same for changes: a workbook of a hundred thousand new rows makes as many lines. */
    static final int SHOWN_CHANGES = 20;

    @Parameters(paramLabel = "FILE", description = "the map the workbook was exported from (.cjm)")
    private Path file;

    @Option(names = "--xlsx", paramLabel = "IN.xlsx", required = true, description = "the edited workbook")
    private Path xlsx;

    @Option(names = "--out", paramLabel = "OUT.cjm", description = "where to save the changed map (needed unless --dry-run)")
    private Path out;

    @Option(names = "--dry-run", description = "list the changes without writing anything")
    private boolean dryRun;

    @Option(names = "--skip-bad-cells", description = "apply the good changes even when some cells are wrong")
    private boolean skipBadCells;

    @Option(names = "--problems", paramLabel = "FILE",
            description = "write every cell problem to FILE (standard error lists the first " + SHOWN_PROBLEMS + ")")
    private Path problemsFile;

    @Option(names = "--changes", paramLabel = "FILE",
            description = "write every change to FILE (standard output lists the first " + SHOWN_CHANGES + ")")
    private Path changesFile;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (out == null && !dryRun) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=OUT.cjm'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            OutputRefusedException refused = SameFiles.refusal(spec, out, true, List.of(file, xlsx));
            if (refused != null) {
                err.println("error: " + OneLine.of(refused.getMessage()));
                return 1;
            }
        }
        try {
            JourneyMap map = MapFiles.load(file);
            WorkbookChanges changes = WorkbookImport.read(map, xlsx);
            if (!changes.problems().isEmpty() && !skipBadCells) {
                err.println("error: " + OneLine.of(xlsx.toString()) + ": " + changes.problems().size()
                        + " cell(s) cannot be read, nothing was written — correct them, or add --skip-bad-cells");
                printProblems(err, changes, "  ");
                return 1;
            }
            printProblems(err, changes, "skipped: ");
            printChanges(stdout, err, changes);
            if (dryRun) {
                return 0;
            }
            if (changes.hasChanges()) {
                new CommandStack(map).execute(changes.command());
            }
            MapFiles.save(map, out);
            stdout.println("wrote: " + OneLine.of(out.toString()));
            return 0;
        } catch (MapFileException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The counts, the first changes, and the lines about cards and notes the sheets leave out; all of them in a file on request. */
    private void printChanges(PrintWriter stdout, PrintWriter err, WorkbookChanges changes) {
        List<String> summary = changes.summary(language.locale()).stream().map(OneLine::of).toList();
        int opening = changes.openingLineCount();
        int trailer = changes.closingLineCount();
        List<String> changeLines = summary.subList(opening, summary.size() - trailer);
        summary.subList(0, opening).forEach(stdout::println);
        changeLines.stream().limit(SHOWN_CHANGES).forEach(stdout::println);
        if (changesFile != null) {
            writeAll(err, changesFile, summary, "lines of changes");
        } else if (changeLines.size() > SHOWN_CHANGES) {
            stdout.println("… and " + (changeLines.size() - SHOWN_CHANGES)
                    + " more; add --changes FILE to have them all in a file");
        }
        summary.subList(summary.size() - trailer, summary.size()).forEach(stdout::println);
    }

    private void printProblems(PrintWriter err, WorkbookChanges changes, String prefix) {
        List<String> lines = changes.problems().stream()
                .map(problem -> prefix + OneLine.of(problem.message(language.locale())))
                .toList();
        lines.stream().limit(SHOWN_PROBLEMS).forEach(err::println);
        if (problemsFile != null && !lines.isEmpty()) {
            writeAll(err, problemsFile, lines, "problems");
        } else if (lines.size() > SHOWN_PROBLEMS) {
            err.println("… and " + (lines.size() - SHOWN_PROBLEMS) + " more; add --problems FILE to have them all in a file");
        }
    }

    private void writeAll(PrintWriter err, Path target, List<String> lines, String what) {
        try {
            OutputTargets.requireApart(target, false, List.of(file, xlsx));
            ExportFile.write(target, stream -> stream.write(
                    String.join(System.lineSeparator(), lines).concat(System.lineSeparator())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            err.println("all " + lines.size() + " " + what + ": " + OneLine.of(target.toString()));
        } catch (java.io.IOException e) {
            err.println("error: " + OneLine.of(target.toString()) + ": the list of " + what + " cannot be written ("
                    + OneLine.of(String.valueOf(e.getMessage())) + ")");
        }
    }
}
