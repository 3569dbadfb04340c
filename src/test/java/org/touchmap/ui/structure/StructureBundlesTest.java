package org.touchmap.ui.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/** The chain panel's and the structure editing's strings exist in English, Russian and Serbian Cyrillic. */
class StructureBundlesTest {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Keys whose text is made only of placeholders and signs, the same in every language. */
    private static final List<String> LANGUAGE_FREE = List.of("chain.link.text");

    @ParameterizedTest
    @ValueSource(strings = {"/org/touchmap/ui/structure/structure", "/org/touchmap/ui/chains/chains"})
    void everyKeyIsTranslatedIntoRussianAndSerbianCyrillic(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        assertFalse(english.isEmpty());
        for (String language : List.of("_ru", "_sr")) {
            Properties translated = load(bundle + language + ".properties");
            assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), bundle + language);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertEquals(placeholders(english.getProperty(key)), placeholders(text), key + language);
                if (!LANGUAGE_FREE.contains(key)) {
                    assertTrue(CYRILLIC.matcher(text).find(), key + language + " is not in Cyrillic: " + text);
                }
            }
        }
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(match -> match.group()).sorted().toList();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StructureBundlesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
