package org.touchmap.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.touchmap.layout.CardBadge;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.NoteBox;
import org.touchmap.model.LaneKind;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;
import org.touchmap.model.Chain;
import org.touchmap.model.Rating;

/**
 * What the legend below the grid says and where each entry goes: the rating colours with their
 * icons and words, the card marks, each chain's colour and name, and the colours of the notes. Rows are labelled in the
 * lane header column; entries flow to the right and wrap at the grid's right edge.
 *
 * @param bounds the whole legend
 * @param rows   its rows, top to bottom
 */
record Legend(Rect bounds, List<Legend.Row> rows) {
    static final double GAP_ABOVE = 20;
    static final double LINE_HEIGHT = 26;
    static final double SIGN_TEXT_GAP = 6;
    static final double ENTRY_GAP = 22;
    /** The legend is at least this wide even for a map without stages, so its entries do not pile up. */
    static final double MIN_ENTRIES_WIDTH = 420;

    /** What stands before an entry's words. */
    sealed interface Sign {
        double width();
    }

    /** A rating's colour edge and icon, as on a card. */
    record RatingSign(Rating rating) implements Sign {
        public double width() {
            return 30;
        }
    }

    /** A card mark's icon. */
    record BadgeSign(CardBadge badge) implements Sign {
        public double width() {
            return 16;
        }
    }

    /** A short arrow in a chain's colour; dashed for the arrow into the next chain. */
    record ChainSign(String color, boolean dashed) implements Sign {
        public double width() {
            return 34;
        }
    }

    /** The blueprint's dashed line between bands, or a step's dotted link to the card it supports. */
    record BlueprintSign(boolean link) implements Sign {
        public double width() {
            return 34;
        }
    }

    /** The paper of a note, in the colour of its lane's kind. */
    record NoteSign(LaneKind kind) implements Sign {
        public double width() {
            return 22;
        }
    }

    record Entry(Sign sign, String text, Rect signBox, Rect textBox) {
    }

    record Row(String label, Rect labelBox, List<Entry> entries) {
        Row {
            entries = List.copyOf(entries);
        }
    }

    Legend {
        rows = List.copyOf(rows);
    }

    static Font labelFont() {
        return RenderFonts.bold(RenderFonts.LEGEND_SIZE);
    }

    static Font entryFont() {
        return RenderFonts.regular(RenderFonts.LEGEND_SIZE);
    }

    /**
     * The legend of the given chains, starting {@link #GAP_ABOVE} below {@code top}. The link mark is
     * explained only where a card carries it ({@code linksShown}).
     */
    static Legend below(double top, MapLayout layout, List<Chain> chains, boolean nextChainArrows,
                        boolean linksShown, RenderMessages messages) {
        double left = layout.titleBox().x();
        double entriesLeft = layout.grid().x();
        double entriesRight = Math.max(layout.grid().maxX(), entriesLeft + MIN_ENTRIES_WIDTH);
        double labelWidth = layout.settings().laneHeaderWidth() - 8;
        var builder = new Builder(left, labelWidth, entriesLeft, entriesRight, top + GAP_ABOVE);

        builder.row(messages.get("legend.ratings"), Rating.DISPLAY_ORDER.stream()
                .map(r -> new Item(new RatingSign(r), messages.rating(r))).toList());
        builder.row(messages.get("legend.marks"), List.of(CardBadge.values()).stream()
                .filter(badge -> badge != CardBadge.LINK || linksShown)
                .map(b -> new Item(new BadgeSign(b), messages.badge(b))).toList());
        if (!chains.isEmpty()) {
            List<Item> items = new ArrayList<>(chains.stream()
                    .map(c -> new Item(new ChainSign(c.color(), false), c.name())).toList());
            if (nextChainArrows) {
                items.add(new Item(new ChainSign(Palette.MUTED_TEXT, true),
                        messages.get("legend.nextChain")));
            }
            builder.row(messages.get("legend.chains"), items);
        }
        List<Item> notes = layout.notes().stream().map(NoteBox::kind).distinct().sorted()
                .map(kind -> new Item(new NoteSign(kind), messages.laneKind(kind))).toList();
        if (!notes.isEmpty()) {
            builder.row(messages.get("legend.notes"), notes);
        }
        List<Item> blueprint = new ArrayList<>();
        if (!layout.blueprintLines().isEmpty()) {
            blueprint.add(new Item(new BlueprintSign(false), messages.get("legend.blueprintLine")));
        }
        if (!layout.supportLinks().isEmpty()) {
            blueprint.add(new Item(new BlueprintSign(true), messages.get("legend.supportLink")));
        }
        if (!blueprint.isEmpty()) {
            builder.row(messages.get("legend.blueprint"), blueprint);
        }
        return builder.build();
    }

    private record Item(Sign sign, String text) {
    }

    /** Places rows one under another, wrapping entries that would pass the right edge. */
    private static final class Builder {
        private final double left;
        private final double labelWidth;
        private final double entriesLeft;
        private final double entriesRight;
        private final double top;
        private double y;
        private final List<Row> rows = new ArrayList<>();

        Builder(double left, double labelWidth, double entriesLeft, double entriesRight, double top) {
            this.left = left;
            this.labelWidth = labelWidth;
            this.entriesLeft = entriesLeft;
            this.entriesRight = entriesRight;
            this.top = top;
            this.y = top;
        }

        void row(String label, List<Item> items) {
            Rect labelBox = new Rect(left, y, labelWidth, LINE_HEIGHT);
            List<Entry> entries = new ArrayList<>();
            double x = entriesLeft;
            double maxTextWidth = entriesRight - entriesLeft;
            for (Item item : items) {
                double textWidth = Math.min(TextLines.width(item.text(), entryFont()),
                        maxTextWidth - item.sign().width() - SIGN_TEXT_GAP);
                double width = item.sign().width() + SIGN_TEXT_GAP + textWidth;
                if (x > entriesLeft && x + width > entriesRight) {
                    x = entriesLeft;
                    y += LINE_HEIGHT;
                }
                Rect signBox = new Rect(x, y, item.sign().width(), LINE_HEIGHT);
                Rect textBox = new Rect(signBox.maxX() + SIGN_TEXT_GAP, y, Math.max(0, textWidth), LINE_HEIGHT);
                entries.add(new Entry(item.sign(), item.text(), signBox, textBox));
                x = textBox.maxX() + ENTRY_GAP;
            }
            y += LINE_HEIGHT;
            rows.add(new Row(label, labelBox, entries));
        }

        Legend build() {
            return new Legend(new Rect(left, top, entriesRight - left, y - top), rows);
        }
    }
}
