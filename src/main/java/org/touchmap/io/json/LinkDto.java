package org.touchmap.io.json;

import java.util.List;

/** One arrow of a chain. A closed object: a key not listed here makes the file invalid. */
record LinkDto(String from, String to) {

    static final List<String> KEYS = List.of("from", "to");
}
