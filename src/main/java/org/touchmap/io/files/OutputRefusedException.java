package org.touchmap.io.files;

import org.touchmap.io.FileKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An output was not written because of what its path names: not an ordinary file (a device, a
 * pipe, a socket or a folder), or the very file the same work reads. Thrown before any content is
 * made, so nothing is changed. {@link #getMessage()} is one English line naming the file.
 */
public final class OutputRefusedException extends IOException {
    /** Why the output was refused. */
    public enum Why {
        /** Something other than an ordinary file is there; {@link #found()} says what. */
        NOT_A_FILE,
        /** Writing it (or keeping its backup) would replace a file the same work reads. */
        IS_AN_INPUT
    }

    private final transient Path output;
    private final transient Path input;
    private final Why why;
    private final FileKind found;

    private OutputRefusedException(String message, Path output, Path input, Why why, FileKind found) {
        super(message);
        this.output = Objects.requireNonNull(output);
        this.input = input;
        this.why = why;
        this.found = found;
    }

    static OutputRefusedException notAFile(Path output, FileKind found) {
        return new OutputRefusedException(output + ": " + found.description()
                + " is there, not an ordinary file — name a file to write", output, null, Why.NOT_A_FILE, found);
    }

    static OutputRefusedException isAnInput(Path output, Path input, boolean throughBackup) {
        String what = throughBackup
                ? "writing it would move its old content to " + input + ", which is being read"
                : "it is " + input + ", which is being read";
        return new OutputRefusedException(output + ": " + what + " — name another output file",
                output, input, Why.IS_AN_INPUT, FileKind.FILE);
    }

    public Path output() {
        return output;
    }

    /** The input the output would replace, for {@link Why#IS_AN_INPUT}; otherwise null. */
    public Path input() {
        return input;
    }

    public Why why() {
        return why;
    }

    /** What was found at the output's path. */
    public FileKind found() {
        return found;
    }
}
