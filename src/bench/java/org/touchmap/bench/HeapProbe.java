package org.touchmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the editor on a map file and reads its heap from outside with {@code jcmd}, so the
 * editor runs exactly as it ships: three full collections, then the heap in use and a class
 * histogram, also written beside the map file. The editor is given a second after its first
 * frame for the work it starts then.
 */
final class HeapProbe {
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final long SETTLE_MILLIS = 1000;
    private static final long JCMD_TIMEOUT_SECONDS = 120;

    private final ChildJvm children;

    HeapProbe(ChildJvm children) {
        this.children = children;
    }

    record ClassUse(String className, long instances, long bytes) {
    }

    record Reading(long usedBytes, List<ClassUse> histogram) {
        double usedMiB() {
            return usedBytes / (1024.0 * 1024.0);
        }
    }

    /** The editor's heap with {@code mapFile} open; jcmd's output is kept beside the map for a closer look. */
    Reading measure(Path mapFile) throws IOException, InterruptedException {
        return measure(ChildJvm.EDITOR, List.of(mapFile.toAbsolutePath().toString()),
                mapFile.resolveSibling(mapFile.getFileName() + ".heap.txt"));
    }

    /** The heap of {@code mainClass} started with {@code args}, after its first frame. */
    Reading measure(String mainClass, List<String> args, Path jcmdOutput) throws IOException, InterruptedException {
        ChildJvm.Started child = children.launch(mainClass, args);
        try {
            Thread.sleep(SETTLE_MILLIS);
            String output = jcmd(child.process().pid());
            Files.writeString(jcmdOutput, output);
            return parse(output);
        } finally {
            child.stop();
        }
    }

    private static String jcmd(long pid) throws IOException, InterruptedException {
        Path commands = Files.createTempFile("heap-probe", ".txt");
        try {
            Files.writeString(commands, "GC.run\nGC.run\nGC.run\nGC.heap_info\nGC.class_histogram\n");
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "-f", commands.toString())
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("jcmd failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(commands);
        }
    }

    static Reading parse(String jcmdOutput) throws IOException {
        Matcher used = HEAP_USED.matcher(jcmdOutput);
        if (!used.find()) {
            throw new IOException("No heap size in the output of jcmd:\n" + jcmdOutput);
        }
        List<ClassUse> histogram = new ArrayList<>();
        for (String line : jcmdOutput.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                histogram.add(new ClassUse(row.group(3), Long.parseLong(row.group(1)), Long.parseLong(row.group(2))));
            }
        }
        return new Reading(Long.parseLong(used.group(1)) * 1024, histogram);
    }
}
