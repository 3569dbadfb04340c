package org.touchmap.ui.i18n;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static Map<String, Path> families() throws IOException, URISyntaxException {
        return BundleFiles.families();
    }

    private static Properties load(Path file) {
        return BundleFiles.load(file);
    }

    private static Path translation(Path english, String language) {
        return BundleFiles.inLanguage(english, language);
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
