package org.touchmap.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.touchmap.layout.Connector;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Point;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class PngExportTest {
    private static final PictureOptions ENGLISH = PictureOptions.defaults(Locale.ENGLISH);
    private static final String FIRST_VISIT = "ch-first-visit";
    private static final String CHECK_UP = "ch-repeat";

    private final JourneyMap map = SampleMaps.english();
    private final MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

    @Test
    void scaleTwoGivesTwiceTheSizeOfScaleOne() {
        BufferedImage one = PngExport.image(map, ENGLISH);
        BufferedImage two = PngExport.image(map, ENGLISH.withScale(2));
        assertEquals(2.0 * one.getWidth(), two.getWidth(), 1.0);
        assertEquals(2.0 * one.getHeight(), two.getHeight(), 1.0);
    }

    @Test
    void withoutLegendOrStripThePictureIsTheLayoutsSize() {
        BufferedImage image = PngExport.image(map, ENGLISH.withLegend(false));
        assertEquals(Math.ceil(layout.bounds().width()), image.getWidth());
        assertEquals(Math.ceil(layout.bounds().height()), image.getHeight());
    }

    @Test
    void sizeTellsTheImagesDimensionsBeforeDrawing() {
        PictureOptions options = ENGLISH.withScale(1.5).withEmotionChain(FIRST_VISIT);
        BufferedImage image = PngExport.image(map, options);
        assertEquals(new Dimension(image.getWidth(), image.getHeight()), PngExport.size(map, options));
    }

    @Test
    void ratingEdgeOfANegativeCardIsRedAndOfAPositiveCardGreen() {
        for (double scale : new double[] {1, 2}) {
            BufferedImage image = PngExport.image(map, ENGLISH.withScale(scale));
            Color negative = Pixels.ratingEdge(image, layout, "tp-phone", scale);
            Color positive = Pixels.ratingEdge(image, layout, "tp-reception", scale);
            assertTrue(Pixels.reddish(negative), "negative edge at scale " + scale + ": " + negative);
            assertTrue(Pixels.greenish(positive), "positive edge at scale " + scale + ": " + positive);
        }
    }

    @Test
    void transparentBackgroundLeavesTheMarginEmpty() {
        BufferedImage image = PngExport.image(map, ENGLISH.withTransparentBackground(true));
        assertEquals(0, new Color(image.getRGB(2, 2), true).getAlpha());
        assertEquals(0, new Color(image.getRGB(image.getWidth() - 3, image.getHeight() - 3), true).getAlpha());
    }

    @Test
    void whiteBackgroundIsOpaqueWhite() {
        BufferedImage image = PngExport.image(map, ENGLISH);
        assertEquals(0xFFFFFFFF, image.getRGB(2, 2));
        assertEquals(0xFFFFFFFF, image.getRGB(image.getWidth() - 3, image.getHeight() - 3));
    }

    @Test
    void legendMakesThePictureTaller() {
        int without = PngExport.image(map, ENGLISH.withLegend(false)).getHeight();
        int with = PngExport.image(map, ENGLISH.withLegend(true)).getHeight();
        assertTrue(with > without + 3 * Legend.LINE_HEIGHT - 1, with + " against " + without);
    }

    @Test
    void emotionStripMakesThePictureTallerAndMarksTheDipInTheNegativeColour() {
        PictureOptions options = ENGLISH.withLegend(false).withEmotionChain(FIRST_VISIT);
        BufferedImage image = PngExport.image(map, options);
        assertEquals(layout.bounds().height() + EmotionStrip.GAP_ABOVE + EmotionStrip.HEIGHT, image.getHeight(), 1);

        // The first-visit chain bottoms out at −2 at the booking by phone; its dot is negative.
        EmotionStrip strip = EmotionStrip.below(layout.grid().maxY(), map, layout, map.chain(FIRST_VISIT));
        double x = strip.curve().samples().stream().filter(sample -> sample.touchpointId().equals("tp-phone"))
                .findFirst().orElseThrow().x();
        assertTrue(Pixels.reddish(Pixels.at(image, x, strip.yOf(-2), 1)));
    }

    @Test
    void emotionStripOfAChainWithoutLinksStillDraws() {
        map.chain(CHECK_UP).setLinks(java.util.List.of());
        int without = PngExport.image(map, ENGLISH.withLegend(false)).getHeight();
        int with = PngExport.image(map, ENGLISH.withLegend(false).withEmotionChain(CHECK_UP)).getHeight();
        assertEquals(without + EmotionStrip.GAP_ABOVE + EmotionStrip.HEIGHT, with, 1);
    }

    @Test
    void onlyOneChainLeavesTheArrowsOfOtherChainsUnpainted() {
        Connector checkUp = layout.connectors().stream()
                .filter(connector -> connector.chainId().equals(CHECK_UP)).findFirst().orElseThrow();
        Point onArrow = Pixels.middleOfLongestRun(checkUp);
        Color chainColor = Shapes.color(checkUp.color());

        Color allChains = Pixels.at(PngExport.image(map, ENGLISH), onArrow.x(), onArrow.y(), 1);
        Color oneChain = Pixels.at(PngExport.image(map, ENGLISH.withOnlyChain(FIRST_VISIT)), onArrow.x(),
                onArrow.y(), 1);
        assertTrue(Pixels.distance(allChains, chainColor) < 40, "drawn with every chain: " + allChains);
        assertTrue(Pixels.distance(oneChain, chainColor) > 150, "left out with one chain: " + oneChain);
    }

    @Test
    void onlyOneChainFadesTheCardsOutsideIt() {
        BufferedImage image = PngExport.image(map, ENGLISH.withOnlyChain(FIRST_VISIT));
        Color inChain = Pixels.ratingEdge(image, layout, "tp-phone", 1);
        Color outside = Pixels.ratingEdge(image, layout, "tp-search", 1);
        assertTrue(Pixels.distance(inChain, Shapes.color(Palette.NEGATIVE)) < 10, inChain.toString());
        assertTrue(Pixels.distance(outside, Shapes.color(Palette.POSITIVE)) > 60, "faded: " + outside);
    }

    @Test
    void writtenFileIsAPngWithTheResolutionOfTheScale(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("clinic.png");
        PngExport.write(map, ENGLISH.withScale(2), file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(PngExport.size(map, ENGLISH.withScale(2)).width, reader.getWidth(0));
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element physical = child(metadata.getAsTree("javax_imageio_png_1.0"), "pHYs");
            double dotsPerMetre = Double.parseDouble(physical.getAttribute("pixelsPerUnitXAxis"));
            assertEquals(192, dotsPerMetre * 0.0254, 0.1);
            assertEquals("meter", physical.getAttribute("unitSpecifier"));
            Element title = child(child(metadata.getAsTree("javax_imageio_png_1.0"), "iTXt"), "iTXtEntry");
            assertEquals("Title", title.getAttribute("keyword"));
            assertEquals(map.title(), title.getAttribute("text"));
        }
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left beside the picture");
        }
    }

    @Test
    void aScaleTooLargeForMemoryIsRefusedWithAdvice() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PngExport.image(map, ENGLISH.withScale(40)));
        assertTrue(refused.getMessage().contains("smaller scale"), refused.getMessage());
    }

    @Test
    void anUnknownChainIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PngExport.image(map, ENGLISH.withOnlyChain("no-such-chain")));
        assertTrue(refused.getMessage().contains("no-such-chain"), refused.getMessage());
        assertTrue(refused.getMessage().contains(FIRST_VISIT), refused.getMessage());
    }

    @Test
    void aMapWithoutStagesStillDraws() {
        BufferedImage image = PngExport.image(new JourneyMap("Empty"), ENGLISH);
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
    }

    @Test
    void theNoteOfAMapWithoutCellsKeepsClearOfTheLegendAndTheLaneHeaders() {
        JourneyMap lanesOnly = new JourneyMap("Lanes only");
        lanesOnly.addLane(new org.touchmap.model.Lane("online", "Online"));
        for (JourneyMap map : List.of(new JourneyMap("Empty"), lanesOnly)) {
            Picture picture = Picture.of(map, ENGLISH);
            org.touchmap.layout.Rect note = GridPainter.emptyNote(picture.layout()).orElseThrow();

            assertTrue(picture.legend().orElseThrow().bounds().y() >= note.maxY(), map.title() + ": legend below the note");
            for (org.touchmap.layout.LaneRow row : picture.layout().rows()) {
                assertTrue(note.x() >= row.header().maxX(), map.title() + ": note beside the lane headers");
            }
            assertTrue(picture.scaledWidth() >= note.maxX(), map.title() + ": the picture holds the note");
        }
    }

    private static Element child(Node parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                return (Element) node;
            }
        }
        throw new AssertionError("No " + name + " in the PNG metadata");
    }
}
