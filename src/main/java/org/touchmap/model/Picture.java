package org.touchmap.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture of a storyboard frame, as the file keeps it: the encoded bytes of a PNG or JPEG image
 * and its size in pixels. It is made small on the way in (see ADR 0026), so a map never carries a
 * camera's full photo; the bytes are never changed afterwards.
 */
public final class Picture {
    /** The encodings a picture may have. */
    public enum Format {
        PNG, JPEG
    }

    private final Format format;
    private final byte[] data;
    private final int width;
    private final int height;

    public Picture(Format format, byte[] data, int width, int height) {
        this.format = Objects.requireNonNull(format, "format");
        this.data = Objects.requireNonNull(data, "data").clone();
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A picture has a size: " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
    }

    public Format format() {
        return format;
    }

    /** A copy of the encoded bytes. */
    public byte[] data() {
        return data.clone();
    }

    /** How many bytes the encoded picture takes. */
    public int size() {
        return data.length;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && format == p.format && width == p.width && height == p.height
                && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, width, height, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Picture[" + format + " " + width + "×" + height + ", " + data.length + " bytes]";
    }
}
