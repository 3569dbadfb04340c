package org.touchmap.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ReadLimits;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import static org.touchmap.io.json.OnePassElements.orEmpty;
import static org.touchmap.io.json.OnePassElements.required;
import static org.touchmap.io.json.TokenValues.notOnePass;

/**
 * Reads a file of the current format version, as Touchmap writes it, from the parser's tokens
 * straight into DTOs: no JSON tree, no migrations (ADR 0023). For anything else (an older
 * version, a problem of any kind, a shape Touchmap does not write) it gives nothing, and the
 * careful reader of {@link MapReader} reads the file: one pass is only ever a shortcut to the
 * same DTOs, never a second judge of what a valid file is.
 */
final class OnePassReader {
    private final JsonParser parser;
    private final TokenValues values;
    private final OnePassElements elements;

    private OnePassReader(JsonParser parser) {
        this.parser = parser;
        this.values = new TokenValues(parser);
        this.elements = new OnePassElements(values);
    }

    /** The DTOs of {@code content} if it is a plain file of a format version that {@code readsAsIs}. */
    static Optional<MapDto> read(byte[] content, IntPredicate readsAsIs) {
        if (content.length > ReadLimits.MAX_FILE_BYTES || Utf8Check.firstInvalidByte(content) >= 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JsonTreeParser.parserFor(content)) {
            MapDto map = new OnePassReader(parser).map(readsAsIs);
            return parser.nextToken() == null ? Optional.of(map) : Optional.empty();
        } catch (TokenValues.NotOnePass | IOException | FileProblem | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private MapDto map(IntPredicate readsAsIs) throws IOException {
        parser.nextToken();
        values.expect(JsonToken.START_OBJECT);
        header(readsAsIs);
        String title = null, description = null, industry = null, template = null, competitorNotes = null;
        String created = null, modified = null;
        PersonaDto persona = null;
        List<StageDto> stages = null;
        List<LaneDto> lanes = null;
        List<TouchpointDto> touchpoints = null;
        List<ChainDto> chains = null;
        List<NoteDto> notes = null;
        ObjectNode votingAndSnapshots = JsonNodeFactory.instance.objectNode();
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "title" -> title = values.text(title);
                case "description" -> description = values.text(description);
                case "industry" -> industry = values.text(industry);
                case "template" -> template = values.text(template);
                case "persona" -> persona = elements.persona(persona);
                case "competitorNotes" -> competitorNotes = values.text(competitorNotes);
                case "created" -> created = values.text(created);
                case "modified" -> modified = values.text(modified);
                case "stages" -> stages = values.objects(stages, elements::stage);
                case "lanes" -> lanes = values.objects(lanes, elements::lane);
                case "touchpoints" -> touchpoints = values.objects(touchpoints, elements::touchpoint);
                case "chains" -> chains = values.objects(chains, elements::chain);
                case "notes" -> notes = values.objects(notes, elements::note);
                case VotingJson.KEY, SnapshotsJson.KEY -> keepTree(votingAndSnapshots, key);
                case MapDto.FORMAT, MapDto.FORMAT_VERSION -> throw notOnePass();
                default -> unknown = values.unknown(unknown, key);
            }
        }
        stages = orNone(stages);
        lanes = orNone(lanes);
        touchpoints = orNone(touchpoints);
        chains = orNone(chains);
        if (ElementLimits.excess(stages.size(), lanes.size(), touchpoints.size(), chains.size(), elements.links(),
                notes == null ? 0 : notes.size())
                .isPresent()) {
            throw notOnePass();
        }
        // Voting and snapshots are small or rare; their own readers take them from a tree as always.
        FieldReader rest = FieldReader.of(votingAndSnapshots, JsonPath.ROOT);
        return new MapDto(required(title), description, industry, template, persona, competitorNotes, created,
                modified, stages, lanes, touchpoints, chains, orNone(notes), VotingJson.read(rest), SnapshotsJson.read(rest),
                orEmpty(unknown));
    }

    /** The two keys Touchmap writes first: this format, a version read as it is. */
    private void header(IntPredicate readsAsIs) throws IOException {
        if (!MapDto.FORMAT.equals(values.nextKey()) || !MapJson.FORMAT.equals(values.text(null))
                || !MapDto.FORMAT_VERSION.equals(values.nextKey())
                || parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() != JsonParser.NumberType.INT
                || !readsAsIs.test(parser.getIntValue())) {
            throw notOnePass();
        }
    }

    private void keepTree(ObjectNode trees, String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (trees.has(key) || (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY)) {
            throw notOnePass();
        }
        trees.set(key, parser.readValueAsTree());
    }

    private static <T> List<T> orNone(List<T> items) {
        return items == null ? List.of() : items;
    }
}
