package org.touchmap.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every resource bundle of the application speaks English, Russian and Serbian alike: the same
 * keys in each language, the same placeholders, and translations that are translated. Bundles are
 * found on the class path, so a new bundle family is checked from the day it is added.
 */
class BundleCompletenessTest {
    private static final List<String> TRANSLATIONS = List.of("ru", "sr");
    /** Names and abbreviations that stay as they are in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Touchmap", "SMS", "NPS", "CSAT", "CES");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Base name of each family (e.g. {@code org/touchmap/ui/messages}) to its English file. */
    private static Map<String, Path> families() throws IOException, URISyntaxException {
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

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Path translation(Path english, String language) {
        String name = english.getFileName().toString().replace(".properties", "_" + language + ".properties");
        return english.resolveSibling(name);
    }

    @Test
    void everyKnownBundleFamilyIsFound() throws Exception {
        assertTrue(families().keySet().containsAll(List.of("org/touchmap/ui/messages", "org/touchmap/edit/commands",
                "org/touchmap/io/errors", "org/touchmap/model/catalog", "org/touchmap/ui/canvas/canvas",
                "org/touchmap/ui/properties/panel", "org/touchmap/ui/catalog/sidebar")), families().keySet()::toString);
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> family : families().entrySet()) {
            Set<String> english = load(family.getValue()).stringPropertyNames();
            for (String language : TRANSLATIONS) {
                Path file = translation(family.getValue(), language);
                if (!Files.exists(file)) {
                    problems.add(family.getKey() + ": no " + language + " bundle");
                    continue;
                }
                Set<String> translated = load(file).stringPropertyNames();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(family.getKey() + "_" + language + " misses " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(family.getKey() + "_" + language + " has extra " + extra);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void translationsAreTranslatedAndKeepThePlaceholders() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> family : families().entrySet()) {
            Properties english = load(family.getValue());
            for (String language : TRANSLATIONS) {
                Path file = translation(family.getValue(), language);
                if (!Files.exists(file)) {
                    continue;
                }
                Properties translated = load(file);
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    String source = english.getProperty(key);
                    String target = translated.getProperty(key);
                    if (target == null) {
                        continue;
                    }
                    String where = family.getKey() + "_" + language + " " + key;
                    if (target.equals(source) && !onlyNamesThatStay(source)) {
                        problems.add(where + " is the English text: " + target);
                    } else if (!CYRILLIC.matcher(target).find() && !onlyNamesThatStay(target)) {
                        problems.add(where + " is not in Cyrillic: " + target);
                    }
                    if (!placeholders(source).equals(placeholders(target))) {
                        problems.add(where + " has placeholders " + placeholders(target)
                                + " instead of " + placeholders(source));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckSeesACopiedValue() {
        assertFalse(onlyNamesThatStay("Negative"));
        assertTrue(onlyNamesThatStay("NPS"));
        assertTrue(onlyNamesThatStay("Touchmap"));
    }

    private static boolean onlyNamesThatStay(String value) {
        Matcher words = WORD.matcher(value);
        while (words.find()) {
            if (!SAME_IN_EVERY_LANGUAGE.contains(words.group())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
