package org.touchmap.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class OneLineTest {
    @Test
    void plainTextIsLeftAsItIs() {
        String text = "Заказ по телефону 📞 — 5 ★";
        assertSame(text, OneLine.of(text));
    }

    @Test
    void controlCharactersAndLineSeparatorsAreShownAsEscapes() {
        assertEquals("a\\u000ab\\u0009c\\u2028d\\u0085e\\u007f", OneLine.of("a\nb\tc\u2028d\u0085e\u007f"));
        assertEquals("\\u001b[31m📞", OneLine.of("\u001b[31m📞"));
    }
}
