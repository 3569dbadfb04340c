package org.touchmap.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.touchmap.io.MapFileException;
import org.touchmap.io.pictures.PictureIntake;
import org.touchmap.model.Picture;

/**
 * Jazzer feeds the picture intake arbitrary bytes, as a file chosen or pasted into a storyboard
 * frame: it must give a picture no larger than a frame keeps or throw one {@link MapFileException}
 * with a one-line message; any other exception, or running out of memory on a header that claims
 * too much, is a finding. Without {@code JAZZER_FUZZ=1} only the inputs in
 * {@code PictureIntakeFuzzTestInputs} run: a PNG, a JPEG and a header bomb.
 */
class PictureIntakeFuzzTest {
    @FuzzTest
    void anyBytesGiveAFrameSizedPictureOrOneClearRefusal(byte[] content) {
        Picture picture;
        try {
            picture = PictureIntake.fromFile(content, "fuzzed.png");
        } catch (MapFileException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank() || message.contains("\n")) {
                throw new AssertionError("not one clear line: " + message, e);
            }
            return;
        }
        if (picture.width() > PictureIntake.MAX_WIDTH || picture.height() > PictureIntake.MAX_HEIGHT
                || picture.size() > PictureIntake.MAX_STORED_BYTES) {
            throw new AssertionError("took in a picture larger than a frame keeps: " + picture);
        }
    }
}
