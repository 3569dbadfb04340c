package org.touchmap.io;

import org.touchmap.io.recovery.RecoveryCopy;
import org.touchmap.io.recovery.RecoveryCopyWriterMain;
import org.touchmap.io.recovery.RecoveryStore;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills a process in the middle of writing recovery copies, as a crash or a power cut would, and
 * checks that what it leaves behind is always a whole copy that loads.
 */
class CrashDuringWriteTest {
    @TempDir
    Path folder;

    @RepeatedTest(20)
    void aKilledWriterLeavesALoadableCopy() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), RecoveryCopyWriterMain.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("written", out.readLine(), "the writer never completed its first copy");
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 60));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }

        List<RecoveryCopy> copies = new RecoveryStore(folder).list();

        assertEquals(1, copies.size());
        assertTrue(new RecoveryStore(folder).load(copies.get(0)).title().startsWith("Revision "));
    }
}
