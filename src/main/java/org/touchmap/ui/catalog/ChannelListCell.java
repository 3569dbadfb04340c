package org.touchmap.ui.catalog;

import java.util.function.Consumer;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.model.Channel;

/**
 * A catalog entry: icon and name. Dragging it carries the channel (see {@link ChannelDrag});
 * double-clicking it adds a card of that channel.
 */
final class ChannelListCell extends ListCell<Channel> {
    private static final int ICON_SIZE = 18;

    private final CatalogText text;
    private final FontIcon icon = new FontIcon();

    ChannelListCell(CatalogText text, Consumer<Channel> add) {
        this.text = text;
        icon.setIconSize(ICON_SIZE);
        icon.getStyleClass().add("channel-icon");
        getStyleClass().add("channel-cell");
        // As wide as the list, not as its longest name: a long name wraps instead of a sideways scroll bar.
        setPrefWidth(0);
        setWrapText(true);
        setOnDragDetected(event -> {
            Channel channel = getItem();
            if (channel == null || isEmpty()) {
                return;
            }
            var dragboard = startDragAndDrop(TransferMode.COPY);
            dragboard.setContent(ChannelDrag.content(channel));
            dragboard.setDragView(snapshot(null, null), event.getX(), event.getY());
            event.consume();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                add.accept(getItem());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(Channel channel, boolean empty) {
        super.updateItem(channel, empty);
        if (empty || channel == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(channel.displayName(text.locale()));
        icon.setIconLiteral(channel.iconLiteral());
        setGraphic(icon);
        Tooltip tooltip = new Tooltip(text.get("entry.tooltip", channel.displayName(text.locale()),
                text.typeName(channel.type())));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(300);
        setTooltip(tooltip);
    }
}
