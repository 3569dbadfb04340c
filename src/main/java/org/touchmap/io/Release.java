package org.touchmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Which release of Touchmap this is, as the build wrote it into a resource: the same in the jar,
 * the installed app and a run from the source tree, where no jar manifest is at hand.
 */
public final class Release {
    /** One line, the release number; a text file rather than properties, as it is no message bundle. */
    private static final String RESOURCE = "release.txt";
    private static final String VERSION = load();

    private Release() {
    }

    /** The release number, e.g. {@code 0.1.0}, or {@code "development"} when the build did not say. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            // An unfiltered copy (an IDE that skips the build's filtering) still says ${project.version}.
            return version.isEmpty() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            return "development";
        }
    }
}
