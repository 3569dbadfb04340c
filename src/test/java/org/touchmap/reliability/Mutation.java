package org.touchmap.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways the corrupt-file corpus damages a map file: what disks, editors, mail programs,
 * merges and hostile people do to files. Each takes the seed's bytes (and another seed for
 * splices) and returns new bytes; none returns its input unchanged on purpose.
 */
enum Mutation {
    TRUNCATION {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            return Arrays.copyOf(seed, random.nextInt(seed.length));
        }
    },
    BYTE_FLIPS {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            byte[] bytes = seed.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
            return bytes;
        }
    },
    BYTE_INSERTIONS {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            byte[] inserted = new byte[1 + random.nextInt(16)];
            random.nextBytes(inserted);
            return splice(seed, random.nextInt(seed.length + 1), 0, inserted);
        }
    },
    BYTE_DELETIONS {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            int at = random.nextInt(seed.length);
            return splice(seed, at, Math.min(seed.length - at, 1 + random.nextInt(64)), new byte[0]);
        }
    },
    SPLICE_OF_TWO_FILES {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            int head = random.nextInt(seed.length);
            int tail = random.nextInt(other.length);
            return splice(Arrays.copyOf(seed, head), head, 0, Arrays.copyOfRange(other, tail, other.length));
        }
    },
    DUPLICATED_IDS {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            String text = text(seed);
            List<MatchResult> ids = matches(ID_VALUE, text);
            if (ids.size() < 2) {
                return BYTE_FLIPS.apply(seed, other, random);
            }
            MatchResult source = ids.get(random.nextInt(ids.size()));
            MatchResult target = ids.get(random.nextInt(ids.size()));
            return bytes(text.substring(0, target.start) + source.text + text.substring(target.end));
        }
    },
    DEEP_NESTING {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            int depth = new int[] {63, 64, 65, 200, 10_000, 1_000_000}[random.nextInt(6)];
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            String nested = open.repeat(depth) + "1" + (random.nextBoolean() ? close.repeat(depth) : "");
            return replaceValue(seed, random, nested);
        }
    },
    HUGE_STRING {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            int length = new int[] {999_999, 1_000_000, 1_000_001, 2_000_000}[random.nextInt(4)];
            String key = random.nextBoolean() ? "" : "x".repeat(length / 1000);
            if (!key.isEmpty()) {
                return replaceValue(seed, random, "{\"" + key + "\": 1}");
            }
            // The text is handled as Latin-1 so that bytes survive; this is "é" in UTF-8, one character.
            String twoByteLetter = new String("é".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            return replaceValue(seed, random, "\"" + twoByteLetter.repeat(length) + "\"");
        }
    },
    HUGE_ARRAY {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            // A million elements is the size of a 5,000-card map (about 5 MB); it comes up rarely to keep runs short.
            int count = random.nextInt(8) == 0 ? 1_000_000 : new int[] {1_000, 10_000, 100_000}[random.nextInt(3)];
            String element = new String[] {"0", "\"a\"", "{}", "[]", "null"}[random.nextInt(5)];
            return replaceValue(seed, random, "[" + (element + ",").repeat(count - 1) + element + "]");
        }
    },
    STRANGE_NUMBERS {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            String[] numbers = {"NaN", "-NaN", "Infinity", "-Infinity", "1e999999", "-1e999999", "1e-999999",
                    "9".repeat(99), "9".repeat(101), "9".repeat(5000), "-0", "0.0000000000000000000001",
                    "9223372036854775808", "-9223372036854775809", "2147483648", "1.7976931348623157e309",
                    "01", "+1", ".5", "1.", "0x10", "1_000"};
            String text = text(seed);
            List<MatchResult> values = matches(NUMBER_VALUE, text);
            if (values.isEmpty()) {
                return replaceValue(seed, random, numbers[random.nextInt(numbers.length)]);
            }
            MatchResult target = values.get(random.nextInt(values.size()));
            return bytes(text.substring(0, target.start) + numbers[random.nextInt(numbers.length)]
                    + text.substring(target.end));
        }
    },
    WRONG_TYPES {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            String[] values = {"null", "true", "false", "0", "-1", "1.5", "\"\"", "\"text\"", "[]", "{}", "[1,2]",
                    "{\"id\": 1}", "[null]", "[{}]", "\"2026-13-45T99:00:00Z\""};
            return replaceValue(seed, random, values[random.nextInt(values.length)]);
        }
    },
    INVALID_UTF8 {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0},
                    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0x80}};
            int at = random.nextInt(seed.length + 1);
            return splice(seed, at, 0, bad[random.nextInt(bad.length)]);
        }
    },
    STACKED {
        @Override
        byte[] apply(byte[] seed, byte[] other, Random random) {
            byte[] bytes = seed;
            int rounds = 2 + random.nextInt(4);
            Mutation[] simple = {BYTE_FLIPS, BYTE_INSERTIONS, BYTE_DELETIONS, DUPLICATED_IDS, WRONG_TYPES,
                    STRANGE_NUMBERS, INVALID_UTF8};
            for (int i = 0; i < rounds && bytes.length > 0; i++) {
                bytes = simple[random.nextInt(simple.length)].apply(bytes, other, random);
            }
            return bytes;
        }
    };

    private static final Pattern ID_VALUE = Pattern.compile("(?<=\"(?:id|stage|lane|from|to|nextChain)\": )\"[^\"]*\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile("(?<=: )-?[0-9][0-9.eE+-]*");
    /** A value after a key: a string, a number, a literal or the opening of an object or list. */
    private static final Pattern SCALAR_VALUE = Pattern.compile("(?<=\": )(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");

    abstract byte[] apply(byte[] seed, byte[] other, Random random);

    private record MatchResult(int start, int end, String text) {
    }

    private static List<MatchResult> matches(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new MatchResult(matcher.start(), matcher.end(), matcher.group()));
        }
        return found;
    }

    /** Puts {@code value} in place of one of the file's scalar values, or appends it when there is none. */
    private static byte[] replaceValue(byte[] seed, Random random, String value) {
        String text = text(seed);
        List<MatchResult> values = matches(SCALAR_VALUE, text);
        if (values.isEmpty()) {
            return bytes(text + value);
        }
        MatchResult target = values.get(random.nextInt(values.size()));
        return bytes(text.substring(0, target.start) + value + text.substring(target.end));
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
