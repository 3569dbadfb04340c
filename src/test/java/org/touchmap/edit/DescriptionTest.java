package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionTest {
    private static final List<String> BUNDLE_FILES =
            List.of("commands.properties", "commands_ru.properties", "commands_sr.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void everyDescriptionKeyOfEveryCommandIsInAllThreeLanguages() throws IOException {
        Set<String> used = CommandCatalogue.descriptionKeysInUse();
        assertTrue(used.size() > 50, "expected every command and property to contribute keys: " + used);

        for (String file : BUNDLE_FILES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(file).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from " + file);
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndTheSameArguments() throws IOException {
        Properties english = load(BUNDLE_FILES.get(0));
        for (String file : BUNDLE_FILES.subList(1, BUNDLE_FILES.size())) {
            Properties translated = load(file);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                    "keys of " + file);
            for (String key : english.stringPropertyNames()) {
                assertEquals(arguments(english.getProperty(key)), arguments(translated.getProperty(key)),
                        "arguments of " + key + " in " + file);
            }
        }
    }

    @Test
    void everyKeyInTheBundlesIsUsedByACommand() throws IOException {
        Set<String> unused = new TreeSet<>(load(BUNDLE_FILES.get(0)).stringPropertyNames());
        unused.removeAll(CommandCatalogue.descriptionKeysInUse());

        assertEquals(Set.of(), unused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"commands_ru.properties", "commands_sr.properties"})
    void translationsAreWrittenInCyrillic(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertTrue(CYRILLIC.matcher(text).find(), key + " = " + text);
            assertFalse(LATIN.matcher(text).find(), key + " = " + text);
        }
    }

    @Test
    void textIsFormattedInTheRequestedLanguage() {
        Description rename = Description.of("touchpoint.rename", "Booking by phone");

        assertEquals("Rename card \"Booking by phone\"", rename.text(Locale.ENGLISH));
        assertEquals("переименование карточки «Booking by phone»", rename.text(Locale.forLanguageTag("ru")));
        assertEquals("преименовање картице „Booking by phone“", rename.text(Locale.forLanguageTag("sr-Cyrl-RS")));
        assertEquals("Move 12 cards", Description.of("touchpoints.move", 12).text(Locale.ENGLISH));
    }

    @Test
    void anUnsupportedLanguageGetsEnglishWhateverTheMachinesLocale() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            assertEquals("Delete stage \"Search\"", Description.of("stage.remove", "Search").text(Locale.GERMAN));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void aMissingKeyShowsAsTheKeyInsteadOfFailing() {
        assertEquals("no.such.key", Description.of("no.such.key", "x").text(Locale.ENGLISH));
    }

    @Test
    void argumentsAreCopied() {
        List<Object> args = new ArrayList<>(List.of("A"));
        Description description = new Description("stage.add", args);
        args.set(0, "B");

        assertEquals(List.of("A"), description.args());
    }

    @Test
    void everyDescriptionOfTheCatalogueFormatsInEveryLanguage() {
        for (Map.Entry<String, Command> entry : CommandCatalogue.executedOnClinic().entrySet()) {
            Description description = entry.getValue().description();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("sr"))) {
                String text = description.text(locale);
                assertFalse(text.equals(description.key()) || text.contains("{"), entry.getKey() + ": " + text);
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DescriptionTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
