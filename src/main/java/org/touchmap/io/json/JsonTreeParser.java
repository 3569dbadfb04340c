package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.ErrorText;
import org.touchmap.io.ProblemKind;
import org.touchmap.io.FileLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.touchmap.io.ReadLimits.*;

/**
 * Turns a file's bytes into a JSON tree within {@link ReadLimits}, or into one {@link FileProblem}
 * that says what kind of broken it is: empty, not text, not JSON, cut short, malformed, too big.
 */
final class JsonTreeParser {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_KEY_LENGTH)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();
    /**
     * Floats are read exactly so that numbers in unknown fields are written back as they were.
     * Duplicate keys are caught while the tree is built, which costs nothing extra; the parser's
     * own duplicate detection would keep a set of names per object and make opening about a
     * tenth slower.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*?)'(?: for |\\s*$)",
            Pattern.DOTALL);
    private static final int NUMBER_SHOWN = 24;
    private static final Pattern NON_FINITE_NUMBER = Pattern.compile("^Non-standard token '[-+]?(NaN|Infinity)'");

    private JsonTreeParser() {
    }

    /** A parser of {@code content} under the same limits and number rules as the tree, for {@link OnePassReader}. */
    static JsonParser parserFor(byte[] content) throws IOException {
        return MAPPER.createParser(content);
    }

    static JsonNode parse(byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw FileProblem.of(ProblemKind.FILE_TOO_LARGE, Long.toString(content.length), Long.toString(MAX_FILE_BYTES));
        }
        int start = firstSignificantByte(content);
        if (start < 0) {
            throw FileProblem.of(ProblemKind.FILE_EMPTY);
        }
        int invalid = Utf8Check.firstInvalidByte(content);
        if (invalid >= 0) {
            throw FileProblem.at(Utf8Check.whereIs(content, invalid), ProblemKind.NOT_UTF8);
        }
        if (!canStartJsonValue(content[start])) {
            throw FileProblem.at(Utf8Check.whereIs(content, start), ProblemKind.NOT_JSON);
        }
        try (JsonParser parser = FACTORY.createParser(content)) {
            try {
                JsonNode tree = MAPPER.readTree(new ElementCountingParser(parser));
                if (parser.nextToken() != null) {
                    throw FileProblem.at(where(parser.currentTokenLocation()), ProblemKind.MALFORMED);
                }
                return tree;
            } catch (JsonProcessingException e) {
                throw translate(e, parser.currentLocation(), content.length);
            } catch (NumberFormatException e) {
                // Floats are read exactly, and no decimal holds an exponent beyond about two billion.
                throw FileProblem.at(where(parser.currentTokenLocation()), e, ProblemKind.NUMBER_TOO_LARGE,
                        shortened(parser.getText()));
            }
        } catch (IOException e) {
            throw FileProblem.at(null, e, ProblemKind.MALFORMED);
        }
    }

    private static FileProblem translate(JsonProcessingException e, JsonLocation parserLocation, int length) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parserLocation;
        FileLocation where = where(location);
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return translateLimit(message, where, e, length);
        }
        if (e instanceof JsonEOFException || location.getByteOffset() >= length) {
            return FileProblem.at(where, e, ProblemKind.TRUNCATED);
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(message);
        if (duplicate.find()) {
            return FileProblem.at(where, e, ProblemKind.DUPLICATE_KEY, ErrorText.quote(duplicate.group(1)));
        }
        if (NON_FINITE_NUMBER.matcher(message).find()) {
            return FileProblem.at(where, e, ProblemKind.NON_FINITE_NUMBER);
        }
        return FileProblem.at(where, e, ProblemKind.MALFORMED);
    }

    /** Jackson tells which limit was hit only in its message text; a test pins each one. */
    private static FileProblem translateLimit(String message, FileLocation where, Exception e, int length) {
        if (message.startsWith("Document nesting depth")) {
            return FileProblem.at(where, e, ProblemKind.TOO_DEEP, Integer.toString(MAX_NESTING_DEPTH));
        }
        if (message.startsWith("String value length")) {
            return FileProblem.at(where, e, ProblemKind.TEXT_TOO_LONG, Integer.toString(MAX_TEXT_LENGTH));
        }
        if (message.startsWith("Number value length")) {
            return FileProblem.at(where, e, ProblemKind.NUMBER_TOO_LONG, Integer.toString(MAX_NUMBER_LENGTH));
        }
        if (message.startsWith("Name length")) {
            return FileProblem.at(where, e, ProblemKind.KEY_TOO_LONG, Integer.toString(MAX_KEY_LENGTH));
        }
        if (message.startsWith("Token count")) {
            return FileProblem.at(where, e, ProblemKind.TOO_MANY_VALUES, Long.toString(MAX_TOKENS));
        }
        return FileProblem.at(null, e, ProblemKind.FILE_TOO_LARGE, Integer.toString(length),
                Integer.toString(MAX_FILE_BYTES));
    }

    /** A number as the file has it, cut short after {@value #NUMBER_SHOWN} characters: it may be 100 long. */
    private static String shortened(String number) {
        return number == null || number.length() <= NUMBER_SHOWN ? String.valueOf(number)
                : number.substring(0, NUMBER_SHOWN) + "…";
    }

    private static FileLocation where(JsonLocation location) {
        return FileLocation.lineColumn(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    /** Index of the first byte that is not a byte-order mark or JSON whitespace, or -1. */
    private static int firstSignificantByte(byte[] content) {
        int i = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n'
                || content[i] == '\r')) {
            i++;
        }
        return i < content.length ? i : -1;
    }

    private static boolean canStartJsonValue(byte b) {
        return b == '{' || b == '[' || b == '"' || b == '-' || (b >= '0' && b <= '9')
                || b == 't' || b == 'f' || b == 'n';
    }
}
