package org.touchmap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the things a path can name besides files, as a hostile or careless command line would give them. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A named pipe: reading it blocks until something writes to it. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        run("mkfifo", path.toString());
        return path;
    }

    /** A character device equal to /dev/null; only root may make one, so callers check {@link #canMakeDevices()}. */
    public static Path nullDevice(Path path) throws IOException, InterruptedException {
        run("mknod", path.toString(), "c", "1", "3");
        return path;
    }

    public static boolean canMakeDevices() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(process.getInputStream().readAllBytes()));
        }
        if (!Files.exists(Path.of(command[1]))) {
            throw new IOException(command[1] + " was not made");
        }
    }
}
