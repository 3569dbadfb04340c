package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * Counts a map's stages, lanes, touchpoints, chains and links while its tree is built, so a file
 * beyond the {@link ElementLimits} is refused as soon as the first element too many is read,
 * not after a tree of a million nodes was built. From that point on the rest of the file is only
 * scanned, to name the full counts in the message, exactly as the check after parsing would.
 * Counting costs a look at the parser's context for each object that starts.
 */
final class ElementCountingParser extends JsonParserDelegate {
    private long stages;
    private long lanes;
    private long touchpoints;
    private long chains;
    private long links;
    private long notes;

    ElementCountingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return counted(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
        return counted(delegate.nextValue());
    }

    private JsonToken counted(JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT && count(delegate.getParsingContext()) && passesALimit()) {
            scanTheRest();
            ElementLimits.excess(stages, lanes, touchpoints, chains, links, notes).ifPresent(excess -> {
                throw FileProblem.of(excess.reason(), excess.args());
            });
        }
        return token;
    }

    /** Counts the object that has just started, if it is an element of the map; whether it was one. */
    private boolean count(JsonStreamContext object) {
        JsonStreamContext list = object.getParent();
        if (list == null || !list.inArray()) {
            return false;
        }
        JsonStreamContext owner = list.getParent();
        String key = owner.getCurrentName();
        if (key == null || !owner.inObject()) {
            return false;
        }
        if (owner.getParent().inRoot()) {
            switch (key) {
                case "stages" -> stages++;
                case "lanes" -> lanes++;
                case "touchpoints" -> touchpoints++;
                case "chains" -> chains++;
                case "notes" -> notes++;
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (key.equals("links") && isChain(owner)) {
            links++;
            return true;
        }
        return false;
    }

    /** Whether {@code object} is an element of the map's own list of chains. */
    private static boolean isChain(JsonStreamContext object) {
        JsonStreamContext list = object.getParent();
        if (list == null || !list.inArray()) {
            return false;
        }
        JsonStreamContext map = list.getParent();
        return map.inObject() && "chains".equals(map.getCurrentName()) && map.getParent().inRoot();
    }

    private boolean passesALimit() {
        return stages > ElementLimits.MAX_STAGES || lanes > ElementLimits.MAX_LANES
                || touchpoints > ElementLimits.MAX_TOUCHPOINTS || chains > ElementLimits.MAX_CHAINS
                || links > ElementLimits.MAX_LINKS || notes > ElementLimits.MAX_NOTES;
    }

    /** Reads the rest of the file token by token, counting, without building anything. */
    private void scanTheRest() throws IOException {
        JsonToken token;
        while ((token = delegate.nextToken()) != null) {
            if (token == JsonToken.START_OBJECT) {
                count(delegate.getParsingContext());
            }
        }
    }
}
