package org.touchmap.ui.properties;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The face of a drop-down list that shows its prompt ("mixed values") whenever nothing is chosen.
 * The stock one shows the prompt only until the first choice, and stays blank after the value
 * goes back to none.
 */
class PromptCell<T> extends ListCell<T> {
    private final ComboBox<T> box;

    PromptCell(ComboBox<T> box) {
        this.box = box;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(null);
        setText(empty || item == null ? box.getPromptText() : box.getConverter().toString(item));
    }
}
