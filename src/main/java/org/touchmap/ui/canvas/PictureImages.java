package org.touchmap.ui.canvas;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javafx.scene.image.Image;

import org.touchmap.model.Picture;

/**
 * Storyboard pictures as JavaFX images, decoded once per picture: the canvas rebuilds its notes on
 * every change, and decoding a photo each time would make typing a caption slow.
 */
final class PictureImages {
    private static final Map<Picture, Image> DECODED = Collections.synchronizedMap(new WeakHashMap<>());

    private PictureImages() {
    }

    static Image of(Picture picture) {
        return DECODED.computeIfAbsent(picture, p -> new Image(new ByteArrayInputStream(p.data())));
    }
}
