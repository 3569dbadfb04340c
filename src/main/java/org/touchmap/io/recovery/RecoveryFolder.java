package org.touchmap.io.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where recovery copies live: in the user's application-data folder, which is private to the user,
 * survives a restart, and is not a folder people browse and tidy up by hand.
 */
public final class RecoveryFolder {
    /** Overrides the folder, e.g. {@code -Dtouchmap.recovery.dir=/tmp/recovery}; tests use it. */
    public static final String PROPERTY = "touchmap.recovery.dir";

    private RecoveryFolder() {
    }

    /** The folder for this user on this system, or the one the system property names. */
    public static Path forUser() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return standard(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home"));
    }

    /** The standard folder on the system named {@code osName}, with its environment and home folder. */
    static Path standard(String osName, UnaryOperator<String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.apply("LOCALAPPDATA");
            Path base = isUsable(local) ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Touchmap").resolve("recovery");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Touchmap", "recovery");
        }
        // The XDG base directory rules ignore a relative XDG_DATA_HOME.
        String data = environment.apply("XDG_DATA_HOME");
        Path base = isUsable(data) && Path.of(data).isAbsolute() ? Path.of(data) : Path.of(home, ".local", "share");
        return base.resolve("touchmap").resolve("recovery");
    }

    private static boolean isUsable(String value) {
        return value != null && !value.isBlank();
    }
}
