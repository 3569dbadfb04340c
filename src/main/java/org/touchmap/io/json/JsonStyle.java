package org.touchmap.io.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * How Touchmap prints JSON, in map files and in reports alike: two-space indent, "\n" line ends
 * on every system, {@code "key": value}, and {@code {}} / {@code []} for empty containers, so the
 * same content always gives the same, diff-friendly text.
 */
public final class JsonStyle {
    private JsonStyle() {
    }

    public static ObjectWriter prettyWriter(ObjectMapper mapper) {
        return mapper.writer(new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
}
