package org.touchmap.ui.i18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One idea has one word in each language: every bundle that names a rating (the panel, the
 * canvas, the pictures, Excel, the comparison, the command line) uses the glossary's word, so a
 * person never reads «Негативная» in one place and «Отрицательная» in another.
 */
class GlossaryTest {
    private static final String GLOSSARY = "org/touchmap/model/glossary";
    private static final List<String> LANGUAGES = List.of("en", "ru", "sr");
    /** Keys that name one rating on its own, e.g. {@code rating.negative} or {@code action.rate.negative}. */
    private static final Pattern RATING_KEY = Pattern.compile("(?:^|\\.)(?:rating|rate)\\.(positive|neutral|negative)$");

    @Test
    void everyBundleNamesEachRatingWithTheGlossaryWord() throws Exception {
        Map<String, Path> families = BundleFiles.families();
        Path glossaryFile = families.get(GLOSSARY);
        assertNotNull(glossaryFile, "the glossary is on the class path");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String language : LANGUAGES) {
            Properties glossary = BundleFiles.load(BundleFiles.inLanguage(glossaryFile, language));
            for (Map.Entry<String, Path> family : families.entrySet()) {
                Properties bundle = BundleFiles.load(BundleFiles.inLanguage(family.getValue(), language));
                for (String key : bundle.stringPropertyNames()) {
                    Matcher rating = RATING_KEY.matcher(key);
                    if (family.getKey().equals(GLOSSARY) || !rating.find()) {
                        continue;
                    }
                    checked++;
                    String word = glossary.getProperty("rating." + rating.group(1));
                    if (!sameWord(word, bundle.getProperty(key))) {
                        problems.add(family.getKey() + " (" + language + ") " + key + " says «"
                                + bundle.getProperty(key) + "», the glossary «" + word + "»");
                    }
                }
            }
        }
        assertTrue(checked >= 3 * 3 * 6, "the ratings of the panel, canvas, pictures, Excel… are checked: " + checked);
        assertEquals(List.of(), problems);
    }

    /**
     * A text that is one of the product's words in English is that word in every language: a
     * label «Stage» is never «Этап» in one panel and «Стадия» in another. The rating words agree
     * with what they describe («Негативные» stages, a «Негативная» touchpoint), so they are checked
     * by their keys above; here also «Not rated», which has one form.
     */
    @Test
    void aTextThatIsAGlossaryWordHasTheGlossarysTranslation() throws Exception {
        Map<String, Path> families = BundleFiles.families();
        Path glossaryFile = families.get(GLOSSARY);
        Properties english = BundleFiles.load(glossaryFile);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String language : List.of("ru", "sr")) {
            Properties glossary = BundleFiles.load(BundleFiles.inLanguage(glossaryFile, language));
            for (Map.Entry<String, Path> family : families.entrySet()) {
                if (family.getKey().equals(GLOSSARY)) {
                    continue;
                }
                Properties bundleInEnglish = BundleFiles.load(family.getValue());
                Properties bundle = BundleFiles.load(BundleFiles.inLanguage(family.getValue(), language));
                for (String key : bundleInEnglish.stringPropertyNames()) {
                    for (String idea : english.stringPropertyNames()) {
                        if (isAdjective(idea)) {
                            continue;
                        }
                        if (sameWord(english.getProperty(idea), bundleInEnglish.getProperty(key))
                                && bundle.getProperty(key) != null) {
                            checked++;
                            if (!sameWord(glossary.getProperty(idea), bundle.getProperty(key))) {
                                problems.add(family.getKey() + " (" + language + ") " + key + " says «"
                                        + bundle.getProperty(key) + "», the glossary «" + glossary.getProperty(idea) + "»");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 20, "texts that are glossary words were found: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckTellsTwoWordsForOneRatingApart() {
        assertTrue(sameWord("Негативная", "негативная"));
        assertFalse(sameWord("Негативная", "Отрицательная"));
    }

    private static boolean isAdjective(String idea) {
        return idea.startsWith("rating.") && !idea.equals("rating.unrated");
    }

    /** The same word, whether it starts a label or stands inside a sentence. */
    private static boolean sameWord(String glossaryWord, String used) {
        Locale root = Locale.ROOT;
        return glossaryWord.toLowerCase(root).equals(used.strip().toLowerCase(root));
    }
}
