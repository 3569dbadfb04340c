package org.touchmap.app.cli;

import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.io.files.OutputTargets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs a command names, checked before any work so that a refused output changes nothing:
 * no output may replace an input or another output, under any name ({@link OutputTargets}).
 */
final class SameFiles {
    private SameFiles() {
    }

    /** The first path among {@code paths} that names the same file as an earlier one, if any. */
    static Path firstRepeated(List<Path> paths) {
        List<Path> seen = new ArrayList<>();
        for (Path path : paths) {
            for (Path earlier : seen) {
                if (OutputTargets.sameFile(earlier, path)) {
                    return path;
                }
            }
            seen.add(path);
        }
        return null;
    }

    /**
     * Refuses {@code output} as a wrong command line when writing it would replace one of
     * {@code inputs}, directly or through the backup a map save keeps.
     *
     * @return the refusal when something other than a file is at the output's path, else null
     */
    static OutputRefusedException refusal(CommandSpec spec, Path output, boolean keepsBackup, List<Path> inputs) {
        try {
            OutputTargets.requireApart(output, keepsBackup, inputs);
            return null;
        } catch (OutputRefusedException e) {
            if (e.why() == OutputRefusedException.Why.IS_AN_INPUT) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return e;
        } catch (IOException e) {
            // The links could not be followed; the write itself will say why in its own words.
            return null;
        }
    }
}
