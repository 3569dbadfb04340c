package org.touchmap.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The application's resource bundles as files on the class path, for the tests that read them all. */
final class BundleFiles {
    private BundleFiles() {
    }

    /** Base name of each family (e.g. {@code org/touchmap/ui/messages}) to its English file. */
    static Map<String, Path> families() throws IOException, URISyntaxException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Path> families = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".properties")).forEach(file -> {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                String base = relative.substring(0, relative.length() - ".properties".length());
                if (!base.matches(".*_[a-z]{2}")) {
                    families.put(base, file);
                }
            });
        }
        return families;
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The file of a family in a language; {@code "en"} is the family's own file. */
    static Path inLanguage(Path english, String language) {
        if (language.equals("en")) {
            return english;
        }
        String name = english.getFileName().toString().replace(".properties", "_" + language + ".properties");
        return english.resolveSibling(name);
    }
}
