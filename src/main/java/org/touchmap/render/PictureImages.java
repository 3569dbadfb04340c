package org.touchmap.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.imageio.ImageIO;

import org.touchmap.model.Picture;

/**
 * The pixels of storyboard pictures, decoded once per picture for every picture drawn. The map
 * keeps only pictures checked on their way in and no larger than a frame, so decoding is safe and
 * quick; a picture that still cannot be decoded is drawn as an empty frame.
 */
final class PictureImages {
    private static final Map<Picture, BufferedImage> DECODED = Collections.synchronizedMap(new WeakHashMap<>());

    private PictureImages() {
    }

    static BufferedImage of(Picture picture) {
        return DECODED.computeIfAbsent(picture, PictureImages::decode);
    }

    private static BufferedImage decode(Picture picture) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.data()));
            return image != null ? image : blank(picture);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a picture from memory failed", e);
        } catch (RuntimeException e) {
            // A picture whose header passed but whose pixels are damaged: an empty frame, not a failed export.
            return blank(picture);
        }
    }

    private static BufferedImage blank(Picture picture) {
        return new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
    }
}
