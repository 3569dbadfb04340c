package org.touchmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a benchmark's report next to the build's other output. */
final class ReportFile {
    private ReportFile() {
    }

    static Path write(Path folder, String name, String report) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), report, StandardCharsets.UTF_8);
    }
}
