package org.touchmap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.touchmap.io.recovery.RecoveryFolder;
import org.touchmap.ui.StartupProbe;

/**
 * Starts a JavaFX application in a fresh JVM, headless as the UI tests run (Monocle, software
 * rendering), with the startup probe on, and waits for its first painted frame. Every subject
 * gets the same flags (plus any in {@code -Dbench.jvmOptions}) and the same class path; the editor's preferences and recovery copies go
 * to a folder of the benchmark's own, so a person's recent files or left-over work never change
 * what starts.
 */
final class ChildJvm {
    static final String EDITOR = "org.touchmap.app.Launcher";
    static final String MINIMAL = MinimalWindow.Main.class.getName();
    /** JVM options given to every child, e.g. those a packaged app would start with; none by default. */
    static final String JVM_OPTIONS_PROPERTY = "bench.jvmOptions";
    /** With {@code true}, children use JavaFX's own windowing on the display in {@code DISPLAY} (e.g. Xvfb), not Monocle. */
    static final String ON_DISPLAY_PROPERTY = "bench.onDisplay";
    private static final Duration FIRST_FRAME_TIMEOUT = Duration.ofSeconds(120);

    private final Path workFolder;

    ChildJvm(Path workFolder) {
        this.workFolder = workFolder;
    }

    /**
     * A child that has shown its first frame, how long after its launch that was, and the processor
     * time it had used by then (all its threads; -1 where the system does not tell), which a busy
     * machine stretches less than the wall time.
     */
    record Started(Process process, double millisToFirstFrame, double cpuMillis) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Launches {@code mainClass} with {@code args} and returns once its first frame is painted. */
    Started launch(String mainClass, List<String> args) throws IOException, InterruptedException {
        Files.createDirectories(workFolder);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.add("-classpath");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.appendTo(workFolder.resolve("children.log").toFile()));
        Instant launched = Instant.now();
        Process process = builder.start();
        long firstFrameMicros;
        try {
            firstFrameMicros = awaitFirstFrame(process);
        } catch (IOException | RuntimeException | InterruptedException e) {
            // Also when the caller gives up waiting: no child may outlive the benchmark.
            process.destroyForcibly();
            throw e;
        }
        long launchedMicros = launched.getEpochSecond() * 1_000_000L + launched.getNano() / 1_000;
        double cpuMillis = process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e6).orElse(-1.0);
        return new Started(process, (firstFrameMicros - launchedMicros) / 1000.0, cpuMillis);
    }

    private List<String> flags() {
        List<String> flags = new ArrayList<>();
        String options = System.getProperty(JVM_OPTIONS_PROPERTY, "").trim();
        if (!options.isEmpty()) {
            flags.addAll(List.of(options.split("\\s+")));
        }
        if (!Boolean.getBoolean(ON_DISPLAY_PROPERTY)) {
            flags.addAll(List.of(
                    "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw",
                    "-Dprism.text=t2k",
                    "-Dheadless.geometry=1600x1200-32"));
        }
        flags.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Dtouchmap.lang=en",
                "-D" + StartupProbe.PROPERTY + "=true",
                "-Djava.util.prefs.userRoot=" + workFolder.resolve("preferences").toAbsolutePath(),
                "-D" + RecoveryFolder.PROPERTY + "=" + workFolder.resolve("recovery").toAbsolutePath()));
        return flags;
    }

    /**
     * The class path of this benchmark: under Surefire the JVM's own class path is a single
     * manifest jar, so the real one comes from Surefire's property.
     */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Reads the child's output until the probe's line; the rest is read and dropped, so the child never blocks. */
    private static long awaitFirstFrame(Process process) throws IOException, InterruptedException {
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(StartupProbe.LINE_PREFIX)) {
                        firstFrame.complete(Long.parseLong(line.substring(StartupProbe.LINE_PREFIX.length()).trim()));
                    }
                }
                firstFrame.completeExceptionally(new IOException(
                        "The child ended without showing a frame, exit code " + process.waitFor()));
            } catch (IOException | InterruptedException | RuntimeException e) {
                firstFrame.completeExceptionally(e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return firstFrame.get(FIRST_FRAME_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("The child showed no frame: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("The child showed no frame within " + FIRST_FRAME_TIMEOUT.toSeconds() + " s");
        }
    }
}
