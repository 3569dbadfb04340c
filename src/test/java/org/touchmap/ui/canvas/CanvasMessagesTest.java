package org.touchmap.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.touchmap.layout.CardBadge;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class CanvasMessagesTest {

    @Test
    void everyKeyIsTranslatedIntoRussianAndSerbian() throws IOException {
        Properties english = load("canvas.properties");
        for (String file : new String[] {"canvas_ru.properties", "canvas_sr.properties"}) {
            Properties translated = load(file);
            assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), file);
            for (String key : english.stringPropertyNames()) {
                assertNotEquals(english.getProperty(key), translated.getProperty(key), file + " " + key);
            }
        }
    }

    @Test
    void everyRatingAndBadgeHasAName() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("sr")}) {
            CanvasMessages messages = new CanvasMessages(locale);
            for (Rating rating : Rating.values()) {
                assertFalse(messages.rating(rating).isBlank());
            }
            for (CardBadge badge : CardBadge.values()) {
                assertFalse(messages.badge(badge).isBlank());
            }
        }
    }

    @Test
    void serbianIsCyrillicAndUnknownLanguagesGetEnglish() {
        assertEquals("Негативна", new CanvasMessages(Locale.forLanguageTag("sr")).rating(Rating.NEGATIVE));
        assertEquals("Negative", new CanvasMessages(Locale.GERMAN).rating(Rating.NEGATIVE));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CanvasMessages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
