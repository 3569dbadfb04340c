package org.touchmap.render;

import java.util.Optional;
import java.util.stream.Collectors;

import org.touchmap.layout.CardBadge;
import org.touchmap.layout.Connector;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/**
 * A map ready to be drawn as a picture: the canvas's layout, plus the emotion strip and the legend
 * the options ask for below the grid, and the size of it all. Sizes are at scale 1; each export
 * scales the drawing itself.
 */
final class Picture {
    private final JourneyMap map;
    private final MapLayout layout;
    private final PictureOptions options;
    private final RenderMessages messages;
    private final ChainFocus focus;
    private final EmotionStrip emotionStrip;
    private final Legend legend;
    private final double width;
    private final double height;

    private Picture(JourneyMap map, PictureOptions options, MapLayout layout) {
        this.map = map;
        this.options = options;
        this.messages = new RenderMessages(options.locale());
        this.layout = layout;
        this.focus = ChainFocus.of(requireChain(options.onlyChainId()), layout);
        Rect bounds = layout.bounds();
        double margin = layout.settings().margin();
        double bottom = layout.grid().maxY();
        double right = bounds.maxX();
        Rect emptyNote = GridPainter.emptyNote(layout).orElse(null);
        if (emptyNote != null) {
            bottom = Math.max(bottom, emptyNote.maxY());
            right = Math.max(right, emptyNote.maxX() + margin);
        }
        String emotionChainId = requireChain(options.emotionChainId());
        if (emotionChainId != null) {
            emotionStrip = EmotionStrip.below(bottom, map, layout, map.chain(emotionChainId));
            bottom = emotionStrip.bounds().maxY();
        } else {
            emotionStrip = null;
        }
        if (options.legend()) {
            boolean nextChainArrows = layout.connectors().stream()
                    .anyMatch(connector -> connector.nextChain() && focus.drawsArrow(connector));
            boolean linksShown = map.touchpoints().stream()
                    .anyMatch(card -> CardBadge.of(card).contains(CardBadge.LINK));
            legend = Legend.below(bottom, layout, focus.chainsShown(map), nextChainArrows, linksShown, messages);
            bottom = legend.bounds().maxY();
            right = Math.max(right, legend.bounds().maxX() + margin);
        } else {
            legend = null;
        }
        this.width = right;
        this.height = Math.max(bounds.maxY(), bottom + margin);
    }

    /** The longest side, in points at the picture's scale, a drawing may have (3.5 km; 100 times the largest poster). */
    static final double MAX_SIDE = 10_000_000;

    /**
     * The most cards one picture draws. A vector picture of more takes more than a gigabyte of
     * memory while it is written and hundreds of megabytes on disk, and no one reads it; the
     * workbook holds maps of any size.
     */
    static final int MAX_CARDS = 20_000;
    /**
     * The most links one picture draws as arrows. Drawing is linear in their length, and on a map
     * of this many they are long: 100,000 arrows across a 20,000-card map took half a minute to
     * draw into a PNG, and no one follows that many.
     */
    static final int MAX_ARROWS = 50_000;

    static Picture of(JourneyMap map, PictureOptions options) {
        requireFewEnoughElements(map, options);
        return new Picture(map, options, MapLayouter.layout(map, LayoutSettings.defaults()));
    }

    /**
     * The picture without its arrows, to be measured, not drawn: as wide as the whole picture, and as
     * high but for the legend's line about arrows into the next chain. It takes a fraction of the
     * time on a large map, so a picture too large is refused before the arrows are routed.
     */
    static Picture outline(JourneyMap map, PictureOptions options) {
        requireFewEnoughElements(map, options);
        return new Picture(map, options, MapLayouter.layoutWithoutArrows(map, LayoutSettings.defaults()));
    }

    JourneyMap map() {
        return map;
    }

    MapLayout layout() {
        return layout;
    }

    PictureOptions options() {
        return options;
    }

    RenderMessages messages() {
        return messages;
    }

    ChainFocus focus() {
        return focus;
    }

    Optional<EmotionStrip> emotionStrip() {
        return Optional.ofNullable(emotionStrip);
    }

    Optional<Legend> legend() {
        return Optional.ofNullable(legend);
    }

    /** Width at scale 1. */
    double width() {
        return width;
    }

    /** Height at scale 1. */
    double height() {
        return height;
    }

    double scaledWidth() {
        return width * options.scale();
    }

    double scaledHeight() {
        return height * options.scale();
    }

    /**
     * This picture, or an {@link IllegalArgumentException} when it is larger than any picture can
     * be drawn, in any format: any finite position is legal in a map file, but a card at a billion
     * points would make a drawing no reader opens, and past the range of numbers one with
     * "Infinity" in it. The message names the card placed farthest within its cell, which is nearly
     * always the cause, since a scale alone cannot reach the limit.
     */
    Picture requireDrawable() {
        if (Math.max(scaledWidth(), scaledHeight()) <= MAX_SIDE) {
            return this;
        }
        // The card placed farthest inside its cell: a card far out pushes every later stage and lane out with it.
        String farthest = map.touchpoints().stream()
                .max(java.util.Comparator.comparingDouble(card -> Math.max(Math.abs(card.x()), Math.abs(card.y()))))
                .map(card -> card.name())
                .orElse("");
        throw new IllegalArgumentException(messages.format("error.tooFar",
                java.text.NumberFormat.getIntegerInstance(options.locale()).format(MAX_SIDE), farthest));
    }

    /** Refused before anything is laid out, so a map too large for a picture is told so at once. */
    private static void requireFewEnoughElements(JourneyMap map, PictureOptions options) {
        java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(options.locale());
        if (map.touchpoints().size() > MAX_CARDS) {
            throw new IllegalArgumentException(new RenderMessages(options.locale()).format("error.tooManyCards",
                    number.format(map.touchpoints().size()), number.format(MAX_CARDS)));
        }
        long links = map.linkCount();
        if (links > MAX_ARROWS) {
            throw new IllegalArgumentException(new RenderMessages(options.locale()).format("error.tooManyArrows",
                    number.format(links), number.format(MAX_ARROWS)));
        }
    }

    /** Whether an arrow is drawn in this picture. */
    boolean drawsArrow(Connector connector) {
        return focus.drawsArrow(connector);
    }

    private String requireChain(String chainId) {
        if (chainId != null && map.findChain(chainId).isEmpty()) {
            String known = map.chains().stream().map(Chain::id).collect(Collectors.joining(", "));
            throw new IllegalArgumentException(messages.format("error.noChain", chainId, known));
        }
        return chainId;
    }
}
