package org.touchmap.io;

import java.util.regex.Pattern;

/** A JSON path such as {@code $.touchpoints[3].criteria["mobile-version"]}, naming a value in messages. */
record JsonPath(String text) {
    static final JsonPath ROOT = new JsonPath("$");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    JsonPath key(String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "[\"" + ErrorText.quote(name).replace("\"", "\\\"") + "\"]");
    }

    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
