package org.touchmap.layout;

import org.touchmap.model.Bundles;
import org.touchmap.model.LaneKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line of the service blueprint, drawn across the grid where two neighbouring lanes belong to
 * different bands ({@link LaneKind.Group}): the line of interaction between the customer and the
 * frontstage, the line of visibility between frontstage and backstage, the line of internal
 * interaction above the support processes. Where a lane skips a band (backstage right below the
 * customer's lanes) one line stands for every line crossed, and its label names them all. Lanes
 * that comment on the journey rather than belong to a band (thoughts, pain points, the emotion
 * curve, the figures…) may sit anywhere: they draw no line, and a line falls on top of the first
 * lane of the band below it.
 *
 * @param line    the line, from the lane headers' left edge to the grid's right edge
 * @param crossed the blueprint's lines it stands for, from the customer's side down
 */
public record BlueprintLine(Segment line, List<Kind> crossed) {
    /** Size of the label's text in the bundled DejaVu Sans. */
    public static final double LABEL_FONT_SIZE = 11;
    /** Height of the label's box, which sits on the line across it. */
    public static final double LABEL_HEIGHT = 16;
    /** Between the label box's edge and its text, with room for the edge itself. */
    public static final double LABEL_PADDING = 8;
    /** From the first stage column's left edge to the label; the cells' padding keeps cards clear of it. */
    private static final double LABEL_INSET = 8;

    /** The three lines of a service blueprint. */
    public enum Kind {
        /** Between the customer's lanes and the frontstage. */
        INTERACTION,
        /** Between what the customer sees and the backstage. */
        VISIBILITY,
        /** Between the staff's actions and the support processes. */
        INTERNAL_INTERACTION;

        /** The line's name in {@code locale}, the glossary's word. */
        public String displayName(Locale locale) {
            String key = switch (this) {
                case INTERACTION -> "blueprintLine.interaction";
                case VISIBILITY -> "blueprintLine.visibility";
                case INTERNAL_INTERACTION -> "blueprintLine.internalInteraction";
            };
            return Bundles.text("org.touchmap.model.glossary", locale, key);
        }
    }

    /** The label drawn on the line: the names of the lines it stands for. */
    public String label(Locale locale) {
        return String.join(" · ", crossed.stream().map(kind -> kind.displayName(locale)).toList());
    }

    public BlueprintLine {
        crossed = List.copyOf(crossed);
    }

    /** Where the label sits: on the line, at the left of the cells, as wide as its text. */
    public Rect labelBox(String label, double cellsLeft) {
        double width = BundledFontWidths.width(label, LABEL_FONT_SIZE) + 2 * LABEL_PADDING;
        return new Rect(cellsLeft + LABEL_INSET, line.from().y() - LABEL_HEIGHT / 2, width, LABEL_HEIGHT);
    }

    /** The lines between the rows, top down; none for a map without blueprint lanes. */
    static List<BlueprintLine> of(List<LaneRow> rows, Rect grid) {
        List<BlueprintLine> lines = new ArrayList<>();
        LaneRow previous = null;
        for (LaneRow row : rows) {
            if (!row.kind().isBanded()) {
                continue;
            }
            int above = previous == null ? row.kind().group().ordinal() : previous.kind().group().ordinal();
            int below = row.kind().group().ordinal();
            previous = row;
            if (above == below) {
                continue;
            }
            // Band k and band k + 1 are parted by line k; a lane order turned upside down still gets its lines.
            List<Kind> crossed = new ArrayList<>();
            for (int k = Math.min(above, below); k < Math.max(above, below); k++) {
                crossed.add(Kind.values()[k]);
            }
            double y = row.y();
            double left = row.header().x();
            lines.add(new BlueprintLine(new Segment(new Point(left, y), new Point(grid.maxX(), y)), crossed));
        }
        return lines;
    }
}
