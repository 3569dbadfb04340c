package org.touchmap.bench;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayouter;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;

/**
 * Drawing a large map into a picture at scale 1 (layout included, PNG encoding not) against bare
 * Graphics2D filling one rectangle and drawing one string (the card's name) per card, at the
 * cards' places, into an image of the same size and type; once plain, once antialiased as the
 * export draws.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PngBenchmark {
    @Param("2000")
    public int touchpoints;

    private JourneyMap map;
    private PictureOptions options;
    private Dimension size;
    private List<CardBox> cards;
    private String[] names;

    @Setup(Level.Trial)
    public void createMap() {
        System.setProperty("java.awt.headless", "true");
        map = GeneratedMap.detailed(touchpoints);
        options = PictureOptions.defaults(Locale.ENGLISH).withScale(1);
        size = PngExport.size(map, options);
        cards = MapLayouter.layout(map, LayoutSettings.defaults()).cards();
        names = cards.stream().map(card -> map.touchpoint(card.touchpointId()).name()).toArray(String[]::new);
    }

    @Benchmark
    public BufferedImage pngTouchmap() {
        return PngExport.image(map, options);
    }

    @Benchmark
    public BufferedImage pngGraphics2d() {
        return drawCards(false);
    }

    /** The same with the export's antialiasing of shapes and text, which costs most of a card's drawing. */
    @Benchmark
    public BufferedImage pngGraphics2dAntialiased() {
        return drawCards(true);
    }

    private BufferedImage drawCards(boolean antialiased) {
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        if (antialiased) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        try {
            for (int i = 0; i < cards.size(); i++) {
                CardBox card = cards.get(i);
                int x = (int) card.bounds().x();
                int y = (int) card.bounds().y();
                g.setColor(Color.LIGHT_GRAY);
                g.fillRect(x, y, (int) card.bounds().width(), (int) card.bounds().height());
                g.setColor(Color.BLACK);
                g.drawString(names[i], x + 8, y + 20);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Width × height of the picture, for the report. */
    static Dimension pictureSize(int touchpoints) {
        return PngExport.size(GeneratedMap.detailed(touchpoints),
                PictureOptions.defaults(Locale.ENGLISH).withScale(1));
    }
}
