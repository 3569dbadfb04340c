package org.touchmap.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real map files the corrupt-file corpus starts from: the bundled samples and the golden files of each version. */
final class Corpus {
    private static final List<String> GOLDEN = List.of("/org/touchmap/io/json/golden/v1.cjm",
            "/org/touchmap/io/json/golden/v2.cjm");

    private Corpus() {
    }

    static Path samplesFolder() {
        return Path.of(System.getProperty("touchmap.samples", "assets/samples"));
    }

    /** One seed file: its name and content. */
    record Seed(String name, byte[] content) {
    }

    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(samplesFolder())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cjm")).sorted().toList()) {
                seeds.add(new Seed(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            for (String name : GOLDEN) {
                try (InputStream golden = Corpus.class.getResourceAsStream(name)) {
                    seeds.add(new Seed("golden-" + name.substring(name.lastIndexOf('/') + 1), golden.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
