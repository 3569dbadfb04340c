package org.touchmap.ui.i18n;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every text of every bundle is read one way ({@code model.Bundles.text}): a value with a
 * {@code {0}}-style argument is a {@link MessageFormat} pattern, whose quote is written twice
 * ({@code ''}); any other value is plain text, shown as written. This test holds each value to the
 * rule its own shape gives, in every language, so a quote never vanishes or shows twice.
 */
class BundlePatternsTest {
    /** A quote that is not one of a doubled pair. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyValueIsEitherAPatternWithItsQuotesDoubledOrPlainText() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Path> family : BundleFiles.families().entrySet()) {
            for (String language : List.of("en", "ru", "sr")) {
                Path file = BundleFiles.inLanguage(family.getValue(), language);
                if (!Files.exists(file)) {
                    continue;
                }
                Properties values = BundleFiles.load(file);
                for (String key : values.stringPropertyNames()) {
                    String problem = problem(values.getProperty(key));
                    if (problem != null) {
                        wrong.add(file.getFileName() + " " + key + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String problem(String value) {
        if (value.indexOf('{') < 0) {
            return value.contains("''") ? "plain text with a doubled quote" : null;
        }
        if (LONE_QUOTE.matcher(value).find()) {
            return "a pattern with a single quote, which MessageFormat would drop";
        }
        try {
            new MessageFormat(value, Locale.ROOT);
            return null;
        } catch (IllegalArgumentException e) {
            return "not a pattern: " + e.getMessage();
        }
    }
}
