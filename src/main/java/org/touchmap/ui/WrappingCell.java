package org.touchmap.ui;

import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A list cell whose text wraps to the list's width and which is always tall enough for all its
 * lines, so a long item (a Russian sample name, a weak link with its stage and criteria) reads whole
 * instead of running past the list's edge or ending in an ellipsis.
 *
 * <p>The list measures a cell at the width it has before it knows whether it needs a vertical scroll
 * bar, and the label's own measurement rounds differently from its layout; either can leave a wrapped
 * text one line short. The cell therefore measures its lines as if the scroll bar were there, and an
 * item is at worst a little taller than it needs.
 */
public class WrappingCell<T> extends ListCell<T> {
    /** Width a vertical scroll bar may take from the cell after the list measured it. */
    private static final double SCROLL_BAR_ROOM = 18;

    private final Function<T, String> toText;
    private final Text measuring = new Text();

    /** A cell showing each item as {@code toText} says. */
    public WrappingCell(Function<T, String> toText) {
        this.toText = toText;
        setWrapText(true);
        // As wide as the list, never wider: a long text wraps rather than widening the list.
        setPrefWidth(0);
    }

    /** A cell showing each item's {@code toString()}. */
    public WrappingCell() {
        this(String::valueOf);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : toText.apply(item));
    }

    @Override
    protected double computePrefHeight(double width) {
        double preferred = super.computePrefHeight(width);
        String text = getText();
        if (text == null || text.isEmpty() || width <= 0) {
            return preferred;
        }
        double graphic = getGraphic() == null ? 0 : getGraphic().prefWidth(-1) + getGraphicTextGap();
        double wrapWidth = width - snappedLeftInset() - snappedRightInset() - graphic - SCROLL_BAR_ROOM;
        measuring.setFont(getFont());
        measuring.setLineSpacing(getLineSpacing());
        measuring.setWrappingWidth(Math.max(1, wrapWidth));
        measuring.setText(text);
        double lines = measuring.getLayoutBounds().getHeight();
        return Math.max(preferred, snappedTopInset() + Math.ceil(lines) + snappedBottomInset());
    }
}
