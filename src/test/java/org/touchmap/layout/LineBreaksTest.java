package org.touchmap.layout;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Breaking text into lines: whole, none too wide, and in time that grows with the text, not its square. */
class LineBreaksTest {
    /** Ten units per character, as a monospaced font would measure. */
    private static final ToDoubleFunction<String> TEN_EACH = text -> 10.0 * text.length();

    @Test
    void wordsGoOnOneLineWhileTheyFitAndAWordTooLongForALineBreaksInside() {
        assertEquals(List.of("ab cd", "efghi", "jk"), LineBreaks.wrap("ab cd efghijk", 50, TEN_EACH));
        assertEquals(List.of("abc", "def"), LineBreaks.wrap("  abc   def ", 30, TEN_EACH));
        assertEquals(List.of(), LineBreaks.wrap(" \t ", 30, TEN_EACH));
    }

    @Test
    void aCharacterWiderThanTheLineStillTakesALineOfItsOwn() {
        assertEquals(List.of("a", "b", "c"), LineBreaks.wrap("abc", 5, TEN_EACH));
    }

    @Test
    void aLetterOutsideTheBasicPlaneIsNeverCutInTwo() {
        String word = "a😀b😀c😀";
        List<String> lines = LineBreaks.wrap(word, 20, TEN_EACH);
        assertEquals(word, String.join("", lines));
        for (String line : lines) {
            assertFalse(Character.isHighSurrogate(line.charAt(line.length() - 1)), line);
            assertFalse(Character.isLowSurrogate(line.charAt(0)), line);
        }
    }

    @Test
    void aWordOfAHundredThousandLettersIsMeasuredInProportionToItsLength() {
        String word = "W".repeat(100_000);
        long[] measured = {0};
        List<String> lines = LineBreaks.wrap(word, 200, text -> {
            measured[0] += text.length();
            return TEN_EACH.applyAsDouble(text);
        });

        assertEquals(5_000, lines.size(), "twenty letters a line");
        assertTrue(lines.stream().allMatch(line -> line.length() == 20));
        assertEquals(word, String.join("", lines));
        // Measuring whole rests, as before, came to about 250 million letters here.
        assertTrue(measured[0] < 40L * word.length(), measured[0] + " letters measured for " + word.length());
    }
}
