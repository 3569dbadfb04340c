package org.touchmap.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A described field needs only its words: its label in the property panel, its column header
 * in the workbook (also how the import recognises the column) and the undo text of its change,
 * in every language the interface speaks. Nothing else has to be written for it.
 */
class TouchpointTextWordsTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));

    @Test
    void everyDescribedFieldHasItsWordsInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (TouchpointText field : TouchpointText.values()) {
            for (Locale language : LANGUAGES) {
                check(missing, "org.touchmap.ui.properties.panel", language, "touchpoint." + field.key());
                check(missing, "org.touchmap.io.xlsx.columns", language, "header." + field.key());
                check(missing, "org.touchmap.edit.commands", language, "touchpoint.change." + field.key());
            }
        }
        assertTrue(TouchpointText.values().length > 0, "the fields are described");
        assertEquals(List.of(), missing);
    }

    private static void check(List<String> missing, String bundle, Locale language, String key) {
        try {
            ResourceBundle words = ResourceBundle.getBundle(bundle, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (words.getString(key).isBlank()) {
                missing.add(bundle + " " + language + " " + key + " is blank");
            }
        } catch (MissingResourceException e) {
            missing.add(bundle + " " + language + " " + key);
        }
    }
}
