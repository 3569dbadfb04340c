package org.touchmap.ui.properties;

/** How a field's value is shown as text and read back from what the person typed. */
interface TextCodec<V> {

    String format(V value);

    ParsedInput<V> parse(String text);

    /** Free text, stored as typed. */
    TextCodec<String> PLAIN = new TextCodec<>() {
        @Override
        public String format(String value) {
            return value == null ? "" : value;
        }

        @Override
        public ParsedInput<String> parse(String text) {
            return ParsedInput.ok(text);
        }
    };

    /** Free text where a blank one means "not set", such as a stage's phase. */
    TextCodec<String> OPTIONAL = new TextCodec<>() {
        @Override
        public String format(String value) {
            return value == null ? "" : value;
        }

        @Override
        public ParsedInput<String> parse(String text) {
            return ParsedInput.ok(text.isBlank() ? null : text.strip());
        }
    };
}
