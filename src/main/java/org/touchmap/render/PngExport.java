package org.touchmap.render;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.touchmap.model.JourneyMap;

/** The whole map as a PNG picture, at the options' scale. */
public final class PngExport {
    private static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";
    private static final double METRES_PER_INCH = 0.0254;

    private PngExport() {
    }

    /**
     * The map drawn into an image with an alpha channel.
     *
     * @throws IllegalArgumentException if the scale makes the image too large to draw, or a chain
     *                                  the options name is not on the map
     */
    public static BufferedImage image(JourneyMap map, PictureOptions options) {
        // Refused before the arrows are routed, which on a large map is most of the work.
        PixelBudget.check(Picture.outline(map, options));
        Picture picture = Picture.of(map, options);
        Dimension size = PixelBudget.check(picture);
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(options.scale(), options.scale());
            MapPainter.paintPixels(g, picture);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the map as a PNG file whose metadata gives its resolution (96 dpi × scale), so other
     * programs print it at the intended size, and the map's title. The file is replaced only once
     * it is complete.
     */
    public static void write(JourneyMap map, PictureOptions options, Path out) throws IOException {
        BufferedImage image = image(map, options);
        ExportFile.write(out, stream -> writePng(image, options.dpi(), map.title(), stream));
    }

    /** Writes the map as a PNG, as {@link #write(JourneyMap, PictureOptions, Path)} does, to a stream, which stays open. */
    public static void write(JourneyMap map, PictureOptions options, OutputStream out) throws IOException {
        writePng(image(map, options), options.dpi(), map.title(), out);
    }

    /** Width and height in pixels the image will have, without drawing it (for the export dialog). */
    public static Dimension size(JourneyMap map, PictureOptions options) {
        Picture picture = Picture.of(map, options);
        return new Dimension((int) Math.min(Integer.MAX_VALUE, Math.ceil(picture.scaledWidth())),
                (int) Math.min(Integer.MAX_VALUE, Math.ceil(picture.scaledHeight())));
    }

    /**
     * Width and height in pixels the image will have, or an {@link IllegalArgumentException} whose
     * message (in the options' language) says the scale is too large for this map.
     */
    public static Dimension checkedSize(JourneyMap map, PictureOptions options) {
        return PixelBudget.check(Picture.of(map, options));
    }

    private static void writePng(BufferedImage image, double dpi, String title, OutputStream out)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO would otherwise buffer in the temporary folder, which may be full.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setResolution(metadata, dpi);
            setTitle(metadata, title);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The PNG {@code pHYs} chunk: pixels per metre on both axes. */
    private static void setResolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(physical);
        metadata.mergeTree(PNG_METADATA_FORMAT, root);
    }

    /** The map's title as the picture's title, in UTF-8 ({@code iTXt}), so Cyrillic titles survive. */
    private static void setTitle(IIOMetadata metadata, String title) throws IIOInvalidTreeException {
        IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
        entry.setAttribute("keyword", "Title");
        entry.setAttribute("compressionFlag", "FALSE");
        entry.setAttribute("compressionMethod", "0");
        entry.setAttribute("languageTag", "");
        entry.setAttribute("translatedKeyword", "");
        entry.setAttribute("text", title);
        IIOMetadataNode text = new IIOMetadataNode("iTXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(text);
        metadata.mergeTree(PNG_METADATA_FORMAT, root);
    }
}
