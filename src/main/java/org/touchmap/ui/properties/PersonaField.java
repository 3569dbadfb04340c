package org.touchmap.ui.properties;

import java.util.function.Function;

import org.touchmap.model.Persona;

/** The texts of a persona, each readable and replaceable on its own. */
enum PersonaField {
    NAME(Persona::name),
    DEMOGRAPHICS(Persona::demographics),
    PSYCHOGRAPHICS(Persona::psychographics),
    BEHAVIOUR(Persona::behaviour),
    NEEDS(Persona::needs),
    MOTIVATIONS(Persona::motivations),
    GOALS(Persona::goals),
    FRUSTRATIONS(Persona::frustrations);

    private final Function<Persona, String> getter;

    PersonaField(Function<Persona, String> getter) {
        this.getter = getter;
    }

    String get(Persona persona) {
        return getter.apply(persona);
    }

    /** A copy of {@code persona} with this field set to {@code value}. */
    Persona with(Persona persona, String value) {
        String[] texts = new String[values().length];
        for (PersonaField field : values()) {
            texts[field.ordinal()] = field == this ? value : field.get(persona);
        }
        return new Persona(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7]);
    }

    EditedValue<String> edited() {
        return EditedValues.persona(this::get, this::with);
    }
}
