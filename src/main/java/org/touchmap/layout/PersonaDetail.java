package org.touchmap.layout;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.touchmap.model.Persona;

/**
 * The parts of a persona the map header shows under the name, each after a short label: what the
 * customer needs, wants to reach, and is annoyed by. Labels come from the bundles by {@link #key()}.
 */
public enum PersonaDetail {
    NEEDS(Persona::needs),
    GOALS(Persona::goals),
    FRUSTRATIONS(Persona::frustrations);

    private final Function<Persona, String> field;

    PersonaDetail(Function<Persona, String> field) {
        this.field = field;
    }

    /** The persona's text for this detail, on one line. */
    public String text(Persona persona) {
        return PersonaText.oneLine(field.apply(persona));
    }

    /** The bundle key suffix of the label, e.g. {@code needs}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The details the persona has text for, in header order. */
    public static List<PersonaDetail> shownFor(Persona persona) {
        return Arrays.stream(values()).filter(detail -> !detail.text(persona).isEmpty()).toList();
    }
}
