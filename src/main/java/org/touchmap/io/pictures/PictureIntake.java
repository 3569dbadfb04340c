package org.touchmap.io.pictures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import org.touchmap.model.Picture;

/**
 * Takes a picture into a storyboard frame: a PNG or JPEG chosen, dropped or pasted is checked by
 * its header (at most {@link #MAX_SOURCE_BYTES} bytes, {@link #MAX_SOURCE_SIDE} pixels a side and
 * {@link #MAX_SOURCE_PIXELS} pixels in all, so a decompression bomb is refused before it is
 * decoded), decoded at a fraction of its size when it is large, scaled down to fit
 * {@link #MAX_WIDTH}×{@link #MAX_HEIGHT} and encoded for the file: PNG when that stays small, else
 * JPEG. The same limits, for what the file keeps, are checked again when a map is read.
 */
public final class PictureIntake {
    /** Largest picture kept in a map, in pixels: a storyboard frame, not a photo archive. */
    public static final int MAX_WIDTH = 640;
    public static final int MAX_HEIGHT = 480;
    /** Largest encoded picture a map keeps; its base64 text stays under the file's longest text. */
    public static final int MAX_STORED_BYTES = 700 * 1024;
    /** Largest image file taken in. */
    public static final int MAX_SOURCE_BYTES = 30 * 1024 * 1024;
    /** Longest side of an image taken in, and most pixels, as its header claims them. */
    public static final int MAX_SOURCE_SIDE = 12_000;
    public static final long MAX_SOURCE_PIXELS = 60_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    private PictureIntake() {
    }

    /** A picture from the bytes of an image file; {@code source} names it in a refusal. */
    public static Picture fromFile(byte[] bytes, String source) throws MapFileException {
        if (bytes.length > MAX_SOURCE_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        PictureHeader header = PictureHeader.of(bytes).orElseThrow(
                () -> MapFileException.of(source, ProblemKind.NOT_A_PICTURE));
        if (header.width() > MAX_SOURCE_SIDE || header.height() > MAX_SOURCE_SIDE
                || header.pixels() > MAX_SOURCE_PIXELS) {
            throw MapFileException.of(source, ProblemKind.PICTURE_TOO_MANY_PIXELS, Integer.toString(header.width()),
                    Integer.toString(header.height()), Integer.toString(MAX_SOURCE_SIDE));
        }
        return fromImage(decode(bytes, header, source));
    }

    /** The refusal of an image file of {@code length} bytes, more than is taken in; it need not be read to say so. */
    public static MapFileException tooLarge(String source, long length) {
        return MapFileException.of(source, ProblemKind.PICTURE_TOO_LARGE, length / (1024 * 1024) + " MB",
                MAX_SOURCE_BYTES / (1024 * 1024) + " MB");
    }

    /** A picture from pixels already decoded, e.g. an image pasted from the clipboard. */
    public static Picture fromImage(BufferedImage image) {
        BufferedImage small = scaledToFit(image);
        byte[] png = encode(small, "png");
        if (png.length <= MAX_STORED_BYTES / 2) {
            return new Picture(Picture.Format.PNG, png, small.getWidth(), small.getHeight());
        }
        BufferedImage opaque = new BufferedImage(small.getWidth(), small.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, small.getWidth(), small.getHeight());
        g.drawImage(small, 0, 0, null);
        g.dispose();
        return new Picture(Picture.Format.JPEG, encode(opaque, "jpeg"), small.getWidth(), small.getHeight());
    }

    /**
     * Checks a picture as a map file keeps it: a PNG or JPEG of the format it claims, no larger than
     * a picture taken in ever is; its pixels are decoded only when it is drawn.
     */
    public static Picture stored(Picture.Format claimed, byte[] bytes, java.util.function.BiFunction<ProblemKind,
            String[], RuntimeException> problem) {
        if (bytes.length > MAX_STORED_BYTES) {
            throw problem.apply(ProblemKind.STORED_PICTURE_TOO_LARGE, new String[] {
                    Long.toString(bytes.length / 1024) + " KB", (MAX_STORED_BYTES / 1024) + " KB"});
        }
        PictureHeader header = PictureHeader.of(bytes).orElseThrow(
                () -> problem.apply(ProblemKind.STORED_NOT_A_PICTURE, new String[0]));
        if (header.format() != claimed) {
            throw problem.apply(ProblemKind.STORED_NOT_A_PICTURE, new String[0]);
        }
        if (header.width() > MAX_WIDTH || header.height() > MAX_HEIGHT) {
            throw problem.apply(ProblemKind.STORED_PICTURE_TOO_MANY_PIXELS, new String[] {Integer.toString(header.width()),
                    Integer.toString(header.height()), MAX_WIDTH + "×" + MAX_HEIGHT});
        }
        return new Picture(claimed, bytes, header.width(), header.height());
    }

    /** Decodes, reading only every n-th pixel of a picture far larger than it will be kept. */
    private static BufferedImage decode(byte[] bytes, PictureHeader header, String source) throws MapFileException {
        int step = Math.max(1, Math.min(header.width() / (2 * MAX_WIDTH), header.height() / (2 * MAX_HEIGHT)));
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw MapFileException.of(source, e, ProblemKind.NOT_A_PICTURE);
        }
    }

    private static BufferedImage scaledToFit(BufferedImage image) {
        double scale = Math.min(1, Math.min((double) MAX_WIDTH / image.getWidth(), (double) MAX_HEIGHT / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Encoding a picture in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
