package org.touchmap.ui.i18n;

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
 * The Russian and Serbian interfaces hold no English word: a text may name a product, a file
 * format, a metric or a key as it is written everywhere, and quote a file's own field names,
 * but everything else is translated.
 */
class UntranslatedWordsTest {
    /** Words that stay as they are in every language. */
    static final Set<String> NAMES_THAT_STAY = Set.of(
            "Touchmap", "Excel", "LibreOffice", "Java", "JavaFX", "Maven", "GNU", "General", "Public", "License",
            "JSON", "XML", "DOCTYPE", "UTF", "PNG", "JPEG", "SVG", "PDF", "CSV", "png", "svg", "pdf", "csv", "xlsx", "xls",
            "cjm", "bak", "zip", "dpi", "NPS", "CSAT", "CES", "ROI", "SMS",
            "Enter", "Tab", "Esc", "Escape", "Shift", "Ctrl", "Alt", "Delete", "F1", "F5", "F9",
            "Touchpoints", "Notes", "NaN", "Infinity", "true", "false");
    private static final List<String> TRANSLATIONS = List.of("ru", "sr");
    private static final Pattern PLACEHOLDER_OR_QUOTE = Pattern.compile("\\{[^}]*}|\"[^\"]*\"");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]+\\b");

    @Test
    void noRussianOrSerbianTextHoldsAnEnglishWord() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> family : BundleFiles.families().entrySet()) {
            for (String language : TRANSLATIONS) {
                Path file = BundleFiles.inLanguage(family.getValue(), language);
                if (!Files.exists(file)) {
                    continue;
                }
                Properties translated = BundleFiles.load(file);
                for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                    Set<String> english = englishWords(translated.getProperty(key));
                    if (!english.isEmpty()) {
                        problems.add(family.getKey() + "_" + language + " " + key + ": " + english);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAnEnglishWordAndLetsNamesStay() {
        assertEquals(Set.of("white", "paper"), englishWords("Вебинар / white paper"));
        assertEquals(Set.of("Cancel"), englishWords("Cancel"));
        assertEquals(Set.of(), englishWords("Экспорт в Excel и PNG, {0,number} строк, нет \"formatVersion\""));
    }

    /** The words of a text that are neither Cyrillic nor names that stay. */
    static Set<String> englishWords(String text) {
        Matcher words = LATIN_WORD.matcher(PLACEHOLDER_OR_QUOTE.matcher(text).replaceAll(" "));
        Set<String> english = new TreeSet<>();
        while (words.find()) {
            if (!NAMES_THAT_STAY.contains(words.group())) {
                english.add(words.group());
            }
        }
        return english;
    }
}
