package org.touchmap.reliability;

import org.touchmap.io.MapFiles;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link KillDuringSaveTest}: saves version after version of a map to one
 * file until it is killed. A version's number goes to the log only after {@link MapFiles#save}
 * returned, so the log never names a version that is not completely saved.
 *
 * <p>Arguments: the map file, the log file, the first version number.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[2]);
        SavedStates states = SavedStates.fromSample();
        try (PrintStream log = new PrintStream(new FileOutputStream(args[1], true), true, "UTF-8")) {
            while (true) {
                MapFiles.save(states.state(n), file);
                log.println(n);
                n++;
            }
        }
    }
}
