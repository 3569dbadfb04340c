package org.touchmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The options jpackage gets from {@code packaging/common.args} build an app image on the JDK the
 * project builds with, and the installed app starts as the jar does, with its splash picture.
 * The smoke test ({@code packaging/smoke-test.sh}) builds the image; these checks catch the
 * mistakes that only show there, in a second.
 */
class PackagingOptionsTest {
    private static final Path COMMON_ARGS = Path.of("packaging", "common.args");
    private static final Path SPLASH = Path.of("assets", "splash", "splash.png");

    @Test
    void jlinkIsNotAskedToStripNativeDebugSymbolsTwice() throws IOException {
        String jlink = option("--jlink-options");
        // On Linux --strip-debug already strips native debug symbols, and jlink refuses the pair.
        assertFalse(jlink.contains("--strip-debug") && jlink.contains("--strip-native-debug-symbols"), jlink);
        assertTrue(jlink.contains("--strip-debug"), "debug information stays out of the runtime: " + jlink);
    }

    @Test
    void theInstalledAppShowsTheSplashPictureOfTheJar() throws IOException {
        // The app image's launcher starts the main class, not the jar, so the manifest's
        // SplashScreen-Image is not seen: the picture is copied beside the jar and named here.
        assertTrue(lines().contains("--java-options \"-splash:$APPDIR/" + SPLASH.getFileName() + "\""), lines().toString());
        assertTrue(Files.isRegularFile(SPLASH), SPLASH + " is copied into the app image");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<SplashScreen-Image>splash/" + SPLASH.getFileName() + "</SplashScreen-Image>"),
                "the jar and the installed app show the same picture");
        assertTrue(pom.contains("<directory>assets/splash</directory>"), "the picture goes into the jpackage input");
    }

    private static String option(String name) throws IOException {
        return lines().stream().filter(line -> line.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing from " + COMMON_ARGS));
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(COMMON_ARGS).stream().map(String::strip).toList();
    }
}
