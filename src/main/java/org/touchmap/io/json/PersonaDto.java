package org.touchmap.io.json;

import java.util.List;

/** The target-customer portrait. A closed object: a key not listed here makes the file invalid. */
record PersonaDto(String name, String demographics, String psychographics, String behaviour, String needs,
                  String motivations, String goals, String frustrations) {

    static final List<String> KEYS = List.of("name", "demographics", "psychographics", "behaviour", "needs",
            "motivations", "goals", "frustrations");
}
