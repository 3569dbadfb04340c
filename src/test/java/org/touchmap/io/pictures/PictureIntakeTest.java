package org.touchmap.io.pictures;

import org.junit.jupiter.api.Test;
import org.touchmap.io.MapFileException;
import org.touchmap.model.Picture;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/** Pictures taken into frames are made small, and what could harm is refused before it is decoded. */
class PictureIntakeTest {

    @Test
    void aLargePictureIsScaledDownToFitTheFrameKeepingItsShape() throws Exception {
        Picture picture = PictureIntake.fromFile(TestPictures.png(2000, 1000, Color.ORANGE), "photo.png");

        assertEquals(640, picture.width());
        assertEquals(320, picture.height());
        assertTrue(picture.size() <= PictureIntake.MAX_STORED_BYTES);
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(picture.data()));
        assertEquals(Color.ORANGE.getRGB(), back.getRGB(100, 100) | 0xff000000);
    }

    @Test
    void aSmallPictureKeepsItsSize() throws Exception {
        Picture picture = PictureIntake.fromFile(TestPictures.png(120, 90, Color.BLUE), "icon.png");

        assertEquals(120, picture.width());
        assertEquals(90, picture.height());
    }

    @Test
    void aHeaderClaimingAGiganticPictureIsRefusedBeforeAnyPixelIsDecoded() {
        MapFileException refused = assertThrows(MapFileException.class,
                () -> PictureIntake.fromFile(TestPictures.bomb(100_000, 100_000), "bomb.png"));

        assertEquals("picture.tooManyPixels", refused.key());
        assertTrue(refused.getMessage().contains("bomb.png"), refused.getMessage());
        assertTrue(refused.getMessage().contains("100000×100000"), refused.getMessage());
    }

    @Test
    void bytesThatAreNoPictureAndFilesTooLargeAreRefusedWithTheirOwnMessages() {
        assertEquals("picture.notAPicture", assertThrows(MapFileException.class,
                () -> PictureIntake.fromFile("just text".getBytes(), "notes.txt")).key());
        assertEquals("picture.tooLarge", assertThrows(MapFileException.class,
                () -> PictureIntake.fromFile(new byte[PictureIntake.MAX_SOURCE_BYTES + 1], "huge.png")).key());
    }

    @Test
    void aStoredPictureLargerThanAFrameOrOfAnotherFormatThanClaimedIsRefused() throws Exception {
        byte[] big = TestPictures.png(800, 100, Color.RED);
        assertThrows(IllegalStateException.class, () -> PictureIntake.stored(Picture.Format.PNG, big,
                (kind, args) -> new IllegalStateException(kind.name())), "wider than a frame");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> PictureIntake.stored(
                Picture.Format.JPEG, TestPictures.png(10, 10, Color.RED), (kind, args) -> new IllegalStateException(kind.name())));
        assertEquals("STORED_NOT_A_PICTURE", wrong.getMessage());
        assertEquals(10, PictureIntake.stored(Picture.Format.PNG, TestPictures.png(10, 10, Color.RED),
                (kind, args) -> new IllegalStateException(kind.name())).width());
    }
}
