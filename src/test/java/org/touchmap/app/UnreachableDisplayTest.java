package org.touchmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A display that is named but cannot be opened (a desktop session that ended, a forwarded display
 * that is gone) is one line and exit 1 when the editor is asked for, as a missing display is.
 */
@EnabledOnOs(OS.LINUX)
class UnreachableDisplayTest {
    private static final Path SAMPLE = Path.of(System.getProperty("touchmap.samples", "assets/samples"))
            .resolve("medical-clinic.cjm").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void aDisplayThatCannotBeOpenedIsOneLineAndNoStackTrace() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + folder.resolve("home"),
                "org.touchmap.app.Launcher", SAMPLE.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":4711");
        Process process = builder.start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished");
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(1, process.exitValue(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.startsWith("error: the editor cannot open the display :4711"), output);
    }
}
