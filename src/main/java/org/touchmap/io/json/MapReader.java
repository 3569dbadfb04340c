package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.touchmap.model.JourneyMap;

import java.math.BigInteger;

/**
 * Reads a map file in stages, each of which may stop with one {@link FileProblem}: bytes to a
 * JSON tree within limits, the format header, migrations up to the current version, the tree
 * to DTOs, the DTOs to the model. A plain file of the current version skips the tree: it is read
 * in {@link OnePassReader one pass} to the same DTOs (ADR 0023).
 */
final class MapReader {
    private final Migrations migrations;

    MapReader(Migrations migrations) {
        this.migrations = migrations;
    }

    JourneyMap read(byte[] content, String sourceName) throws MapFileException {
        try {
            MapDto map = OnePassReader.read(content, migrations::readsAsIs)
                    .orElseGet(() -> readCarefully(content));
            return DtoToMap.convert(map);
        } catch (FileProblem problem) {
            throw problem.toException(sourceName);
        }
    }

    /** Through the tree: every problem found and worded, older versions migrated. */
    MapDto readCarefully(byte[] content) {
        ObjectNode root = checkHeader(JsonTreeParser.parse(content));
        migrations.upgrade(root, root.get(MapDto.FORMAT_VERSION).intValue());
        return JsonToDto.read(root);
    }

    private ObjectNode checkHeader(JsonNode tree) {
        if (!(tree instanceof ObjectNode root)) {
            throw FileProblem.of(ProblemKind.NOT_A_MAP_OBJECT);
        }
        JsonNode format = root.get(MapDto.FORMAT);
        if (format == null || format.isNull()) {
            throw FileProblem.of(ProblemKind.FORMAT_MISSING);
        }
        if (!MapJson.FORMAT.equals(format.textValue())) {
            throw FileProblem.of(ProblemKind.FORMAT_OTHER, JsonSnippet.of(format));
        }
        JsonNode version = root.get(MapDto.FORMAT_VERSION);
        JsonPath versionAt = JsonPath.ROOT.key(MapDto.FORMAT_VERSION);
        if (version == null) {
            throw FileProblem.of(ProblemKind.VERSION_MISSING);
        }
        if (!version.isIntegralNumber()) {
            throw FileProblem.at(versionAt, ProblemKind.VERSION_INVALID, JsonSnippet.of(version));
        }
        BigInteger number = version.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(migrations.currentVersion())) > 0) {
            throw FileProblem.of(ProblemKind.VERSION_NEWER, JsonSnippet.of(version),
                    Integer.toString(migrations.currentVersion()));
        }
        if (number.compareTo(BigInteger.valueOf(migrations.oldestReadableVersion())) < 0) {
            throw FileProblem.at(versionAt, ProblemKind.VERSION_UNSUPPORTED, JsonSnippet.of(version),
                    Integer.toString(migrations.oldestReadableVersion()));
        }
        return root;
    }
}
