package org.touchmap.io;

import org.touchmap.io.json.MapJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class ErrorBundlesTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale SERBIAN = Locale.forLanguageTag("sr");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static Set<String> keysUsedInCode() {
        Set<String> keys = new TreeSet<>(List.of("where.lineColumn", "where.path"));
        for (ProblemKind reason : ProblemKind.values()) {
            keys.add(reason.key());
            keys.add(reason.hint().key());
            keys.add(reason.hint().withoutBackup().key());
        }
        return keys;
    }

    /** The keys a bundle file itself holds, without what it would inherit from the English one. */
    private static Set<String> ownKeys(String fileName) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorBundlesTest.class.getResourceAsStream(fileName)) {
            assertNotNull(in, fileName);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<String> placeholders(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }

    @Test
    void everyLanguageHasExactlyTheKeysTheCodeUses() throws IOException {
        Set<String> expected = keysUsedInCode();
        for (String file : List.of("errors.properties", "errors_ru.properties", "errors_sr.properties")) {
            assertEquals(expected, ownKeys(file), () -> "keys of " + file);
        }
    }

    @Test
    void translationsUseTheSamePlaceholdersAndAreValidPatterns() {
        ResourceBundle english = ErrorText.bundle(Locale.ROOT);
        for (Locale locale : List.of(RUSSIAN, SERBIAN)) {
            ResourceBundle translated = ErrorText.bundle(locale);
            for (String key : keysUsedInCode()) {
                String pattern = translated.getString(key);
                assertEquals(placeholders(english.getString(key)), placeholders(pattern), () -> locale + " " + key);
                String formatted = new MessageFormat(pattern, locale).format(new Object[]{"a", "b", "c", "d"});
                assertFalse(PLACEHOLDER.matcher(formatted).find(), () -> locale + " " + key + ": " + formatted);
                assertTrue(CYRILLIC.matcher(pattern).find(), () -> locale + " " + key + " is not in Cyrillic");
            }
        }
    }

    @Test
    void messageCanBeShownInRussianAndSerbian() {
        MapFileException e = assertThrows(MapFileException.class, () -> MapJson.read(
                "{\"format\": \"touchmap\", \"formatVersion\": 9}".getBytes(StandardCharsets.UTF_8), "a.cjm"));

        assertEquals("a.cjm: the map was made by a newer Touchmap (format 9); this version reads up to 2"
                + " — open it in a newer Touchmap; this file has not been changed", e.getMessage());
        assertTrue(e.message(RUSSIAN).startsWith("a.cjm: карта создана более новой версией Touchmap (формат 9)"),
                e.message(RUSSIAN));
        assertTrue(e.message(SERBIAN).startsWith("a.cjm: мапу је направила новија верзија Touchmap-а (формат 9)"),
                e.message(SERBIAN));
        assertEquals(e.getMessage(), e.message(Locale.GERMAN), "languages without a translation get English");
        assertEquals("format.versionNewer", e.key());
        assertEquals("hint.update", e.hintKey());
    }

    @Test
    void englishMessageDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(RUSSIAN);
            MapFileException e = assertThrows(MapFileException.class,
                    () -> MapJson.read(new byte[0], "empty.cjm"));
            assertEquals("empty.cjm: the file is empty — there is no backup copy empty.cjm.bak;"
                    + " open an older copy of the map if you keep one", e.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void valuesFromTheFileCannotBreakTheMessageIntoLines() {
        MapFileException e = assertThrows(MapFileException.class, () -> MapJson.read(
                "{\"format\": \"touch\\nmap\"}".getBytes(StandardCharsets.UTF_8), "evil\nname.cjm"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("evil\\u000aname.cjm: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"touch\\u000amap\""), e.getMessage());
    }

    @Test
    void longValuesAreCutInMessages() {
        String longRating = "x".repeat(500);
        MapFileException e = assertThrows(MapFileException.class, () -> MapJson.read(("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "stages": [{"id": "s", "name": "S"}], "lanes": [{"id": "l", "name": "L"}],
                 "touchpoints": [{"id": "t", "name": "T", "stage": "s", "lane": "l", "rating": "%s"}]}
                """.formatted(longRating)).getBytes(StandardCharsets.UTF_8), "long.cjm"));
        assertEquals("value.notOneOf", e.key());
        assertEquals("x".repeat(60) + "…", e.args()[0]);
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
}
