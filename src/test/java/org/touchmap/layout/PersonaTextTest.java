package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Persona;

import static org.junit.jupiter.api.Assertions.*;

class PersonaTextTest {

    @Test
    void initialsSkipAnAgeAfterTheName() {
        assertEquals("A", PersonaText.initials("Anna, 34"));
    }

    @Test
    void initialsTakeTheFirstLettersOfTheFirstTwoWords() {
        assertEquals("IP", PersonaText.initials("Ivan Petrov"));
        assertEquals("IP", PersonaText.initials("ivan petrov sidorov"));
    }

    @Test
    void aNameWithoutLettersHasAQuestionMarkForInitials() {
        assertEquals("?", PersonaText.initials(""));
        assertEquals("?", PersonaText.initials("   "));
        assertEquals("?", PersonaText.initials("42"));
    }

    @Test
    void cyrillicNamesGiveCyrillicInitials() {
        assertEquals("АИ", PersonaText.initials("анна Иванова, 34"));
        assertEquals("М", PersonaText.initials("Марко"));
        assertEquals("ЈП", PersonaText.initials("Јована Петровић"));
    }

    @Test
    void oneLineJoinsLinesAndSpaces() {
        assertEquals("clear prices and a quick visit", PersonaText.oneLine("  clear prices\n and   a quick visit\t"));
    }

    @Test
    void onlyDetailsWithTextAreShown() {
        Persona persona = new Persona("Anna", "", "", "", "Clear prices", "", " \n ", "Waiting on hold");
        assertEquals(List.of(PersonaDetail.NEEDS, PersonaDetail.FRUSTRATIONS), PersonaDetail.shownFor(persona));
        assertEquals("Waiting on hold", PersonaDetail.FRUSTRATIONS.text(persona));
        assertEquals("frustrations", PersonaDetail.FRUSTRATIONS.key());
    }
}
