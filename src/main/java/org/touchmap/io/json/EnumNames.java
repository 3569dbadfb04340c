package org.touchmap.io.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file's names of enumerated values: the Java constant in lowerCamelCase
 * ({@code CHANNEL_OR_PLACE} → {@code channelOrPlace}). A test pins every name, because renaming
 * a constant in the model must not silently change the file format.
 *
 * <p>A map file names an enum value for every field of every touchpoint, so the names of each
 * type are worked out once and kept.
 */
final class EnumNames {
    private static final ClassValue<Names> NAMES = new ClassValue<>() {
        @Override
        protected Names computeValue(Class<?> type) {
            return new Names(type.getEnumConstants());
        }
    };

    private EnumNames() {
    }

    static String nameOf(Enum<?> value) {
        return NAMES.get(value.getDeclaringClass()).names[value.ordinal()];
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Optional.ofNullable(type.cast(NAMES.get(type).byName.get(name)));
    }

    static <E extends Enum<E>> List<String> namesOf(Class<E> type) {
        return List.of(NAMES.get(type).names);
    }

    private static String camelCase(Enum<?> value) {
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

    /** The file names of one enum type, in declaration order, and the constants by name. */
    private static final class Names {
        private final String[] names;
        private final Map<String, Object> byName = new HashMap<>();

        Names(Object[] constants) {
            names = Arrays.stream(constants).map(c -> camelCase((Enum<?>) c)).toArray(String[]::new);
            for (int i = 0; i < constants.length; i++) {
                byName.put(names[i], constants[i]);
            }
        }
    }
}
