package org.touchmap.render;

import java.util.Optional;
import java.util.stream.Collectors;

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

    private Picture(JourneyMap map, PictureOptions options) {
        this.map = map;
        this.options = options;
        this.messages = new RenderMessages(options.locale());
        this.layout = MapLayouter.layout(map, LayoutSettings.defaults());
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
            legend = Legend.below(bottom, layout, focus.chainsShown(map), nextChainArrows, messages);
            bottom = legend.bounds().maxY();
            right = Math.max(right, legend.bounds().maxX() + margin);
        } else {
            legend = null;
        }
        this.width = right;
        this.height = Math.max(bounds.maxY(), bottom + margin);
    }

    static Picture of(JourneyMap map, PictureOptions options) {
        return new Picture(map, options);
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
