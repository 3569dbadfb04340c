package org.touchmap.app.cli;

import org.touchmap.io.OneLine;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Set;

/** Runs Touchmap's command-line commands; the launcher sends every command-line call here. */
public final class Cli {
    private Cli() {
    }

    /**
     * The names the first argument may have for a command: the subcommands and the standard
     * options. Kept as plain names so that starting the editor never builds picocli's model of
     * the commands (some 480 classes, 0.15 to 0.4 s of a cold start); a test holds them
     * equal to that model.
     */
    static final Set<String> FIRST_WORDS = Set.of("validate", "export", "import", "report", "diff", "generate",
            "-h", "--help", "-V", "--version");

    /** Whether {@code args} ask for a command rather than the editor: the first one names a command or option. */
    public static boolean handles(String[] args) {
        return args.length > 0 && FIRST_WORDS.contains(args[0]);
    }

    /** Runs {@code args} on the process's standard streams and returns the exit code. */
    public static int run(String[] args) {
        silenceLibraryLogging();
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs {@code args} writing to the given streams. Returns 0 on success, 1 when a file cannot
     * be used, 2 when the command line is wrong.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLineFor(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            // A bug must still not print a stack trace at a person: one line, and a failing exit code.
            err.println("error: unexpected problem: " + OneLine.of(String.valueOf(e)));
            return 1;
        });
        commandLine.setParameterExceptionHandler(Cli::wrongCommandLine);
        String missingFile = missingFile(commandLine, args);
        if (missingFile != null) {
            err.println("error: " + OneLine.of(missingFile) + ": there is no such file — name an existing map,"
                    + " or a command (touchmap --help)");
            err.flush();
            return 2;
        }
        String unknown = unknownCommand(commandLine, args);
        if (unknown != null) {
            err.println("error: " + OneLine.of(unknown) + " is not a command" + CommandNames.suggestion(unknown,
                    commandLine.getSubcommands().keySet()) + " — the commands are listed by touchmap --help");
            err.flush();
            return 2;
        }
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory(args));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * An option or argument picocli does not know, or one missing, shows the usage; a value a
     * command refused (an output that is also an input, a folder for a file) says so in one line,
     * since the usage would not tell what to change.
     */
    private static int wrongCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException || e instanceof CommandLine.MissingParameterException) {
            err.println(OneLine.of(e.getMessage()));
            command.usage(err);
        } else {
            err.println("error: " + OneLine.of(e.getMessage()) + " — " + command.getCommandSpec().qualifiedName()
                    + " --help lists the options");
        }
        err.flush();
        return 2;
    }

    /**
     * The line for a command that ran out of memory: the map it worked on, and only the advice that
     * helps that command; a smaller picture helps an export alone.
     */
    static String outOfMemory(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        // The map is the argument that names one; an option's value ("--lang ru") is not it.
        String file = java.util.Arrays.stream(args).skip(1).filter(arg -> arg.endsWith(".cjm")).findFirst()
                .orElse(null);
        String where = file == null ? "error: " : "error: " + OneLine.of(file) + ": ";
        String smaller = "export".equals(command) ? "choose a smaller --scale or --dpi, or " : "";
        return where + "not enough memory to finish — " + smaller
                + "give Java more memory (java -Xmx4g -jar touchmap.jar …)";
    }

    /**
     * The first argument when it is neither a command nor an option but reads as a file name; the
     * launcher sends it here only when no such file exists. A word like {@code valdate} is left to
     * the parser, which suggests the command meant.
     */
    private static String missingFile(CommandLine commandLine, String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || commandLine.getSubcommands().containsKey(args[0])) {
            return null;
        }
        String first = args[0];
        boolean readsAsFile = first.contains(".") || first.contains("/") || first.contains("\\");
        return readsAsFile ? first : null;
    }

    /**
     * Every failure of a command is already one line on standard error; the libraries' own log
     * records (a damaged workbook makes the XML parser log, with a timestamp, before the import
     * reports it) would only add lines a script or a person cannot use.
     */
    private static void silenceLibraryLogging() {
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
    }

    /** The first argument when it is a word that names no command (a file name was handled before). */
    private static String unknownCommand(CommandLine commandLine, String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || commandLine.getSubcommands().containsKey(args[0])) {
            return null;
        }
        return args[0];
    }

    /** The whole model: every subcommand, for the help, suggestions and anything not a command's name. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TouchmapCommand());
        TouchmapCommand.SUBCOMMANDS.forEach(name -> commandLine.addSubcommand(name, TouchmapCommand.subcommand(name)));
        return commandLine;
    }

    /** The model {@code args} need: when they start with a command's name, that command alone. */
    static CommandLine commandLineFor(String[] args) {
        if (args.length == 0 || !TouchmapCommand.SUBCOMMANDS.contains(args[0])) {
            return commandLine();
        }
        CommandLine commandLine = new CommandLine(new TouchmapCommand());
        commandLine.addSubcommand(args[0], TouchmapCommand.subcommand(args[0]));
        return commandLine;
    }
}
