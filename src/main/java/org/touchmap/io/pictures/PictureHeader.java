package org.touchmap.io.pictures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.touchmap.model.Picture;

/**
 * What an encoded image says about itself before it is decoded: its format and its size. A few
 * hundred bytes can claim a picture of a billion pixels (a decompression bomb); its size is read
 * from the header and judged before any pixel is.
 *
 * @param format the encoding, PNG or JPEG
 * @param width  width in pixels, as the header claims
 * @param height height in pixels
 */
record PictureHeader(Picture.Format format, int width, int height) {

    /** The header of {@code bytes}, or empty when they are no PNG or JPEG image that can be read. */
    static Optional<PictureHeader> of(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                Optional<Picture.Format> format = format(reader.getFormatName());
                if (format.isEmpty()) {
                    return Optional.empty();
                }
                reader.setInput(input, true, true);
                return Optional.of(new PictureHeader(format.get(), reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A damaged header is no picture: the caller says so in words, not with the decoder's exception.
            return Optional.empty();
        }
    }

    private static Optional<Picture.Format> format(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("png")) {
            return Optional.of(Picture.Format.PNG);
        }
        if (lower.equals("jpeg") || lower.equals("jpg")) {
            return Optional.of(Picture.Format.JPEG);
        }
        return Optional.empty();
    }

    long pixels() {
        return (long) width * height;
    }
}
