package org.touchmap.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file's names of enumerated values: the Java constant in lowerCamelCase
 * ({@code CHANNEL_OR_PLACE} → {@code channelOrPlace}). A test pins every name, because renaming
 * a constant in the model must not silently change the file format.
 */
final class EnumNames {
    private EnumNames() {
    }

    static String nameOf(Enum<?> value) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> nameOf(e).equals(name)).findFirst();
    }

    static <E extends Enum<E>> List<String> namesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::nameOf).toList();
    }
}
