package org.touchmap.app;

import org.touchmap.app.cli.Cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * What a start of the jar does with its arguments. The editor starts only without arguments or
 * with map files that exist; anything else is a command line, so a mistyped command or option
 * gets a usage message and exit code 2 instead of a window (or, without a display, a crash).
 */
enum StartChoice {
    EDITOR,
    COMMAND_LINE,
    /** The editor was asked for, but there is no screen to show it on. */
    NO_DISPLAY;

    static StartChoice of(String[] args, boolean hasDisplay) {
        return of(args, hasDisplay, StartChoice::isFile);
    }

    static StartChoice of(String[] args, boolean hasDisplay, Predicate<String> isFile) {
        if (Cli.handles(args)) {
            return COMMAND_LINE;
        }
        for (String arg : args) {
            if (arg.startsWith("-") || !isFile.test(arg)) {
                return COMMAND_LINE;
            }
        }
        return hasDisplay ? EDITOR : NO_DISPLAY;
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
