package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;

/**
 * The {@code .cjm} format in memory: a map to the bytes of a file and back. See
 * {@code docs/file-format.md} for the format itself.
 */
public final class MapJson {
    /** The value of the {@code format} field that marks a Touchmap map. */
    public static final String FORMAT = "touchmap";
    /**
     * The newest format version this Touchmap reads and writes. A map is written in the oldest
     * version that holds it (ADR 0024), so a map that uses nothing of version 2 is written as version 1.
     */
    public static final int FORMAT_VERSION = 2;

    private static final MapReader READER = new MapReader(Migrations.standard());

    private MapJson() {
    }

    /** The file content for {@code map}: the same map always gives the same bytes. */
    public static byte[] write(JourneyMap map) {
        return DtoToJson.write(MapToDto.convert(map));
    }

    /**
     * The map in {@code content}, a file's bytes; {@code sourceName} names the file in messages.
     *
     * @throws MapFileException when the content is not a map this version can read
     */
    public static JourneyMap read(byte[] content, String sourceName) throws MapFileException {
        JourneyMap map = READER.read(content, sourceName);
        // Online or offline follows the lane where the lanes decide it, also for cards written otherwise.
        LanePresence.applyTo(map);
        return map;
    }
}
