package org.touchmap.io;

import java.util.Objects;

/**
 * A JSON path such as {@code $.touchpoints[3].criteria["mobile-version"]}, naming a value in messages.
 *
 * <p>Reading a file makes a path for every value it checks, but only a problem ever shows one, so
 * a path keeps its parent and its last step and builds its text only when asked.
 */
public final class JsonPath {
    public static final JsonPath ROOT = new JsonPath(null, "$", -1);

    private final JsonPath parent;
    private final String key;
    private final int index;
    private String text;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.text = parent == null ? key : null;
    }

    public JsonPath key(String name) {
        return new JsonPath(this, Objects.requireNonNull(name), -1);
    }

    public JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    public String text() {
        if (text == null) {
            StringBuilder out = new StringBuilder(parent.text());
            if (key == null) {
                out.append('[').append(index).append(']');
            } else if (isPlainName(key)) {
                out.append('.').append(key);
            } else {
                out.append("[\"").append(ErrorText.quote(key).replace("\"", "\\\"")).append("\"]");
            }
            text = out.toString();
        }
        return text;
    }

    /** A name that reads as a JavaScript identifier: a letter or '_', then letters, digits or '_'. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || !isPlainStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isPlainStart(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath path && text().equals(path.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
