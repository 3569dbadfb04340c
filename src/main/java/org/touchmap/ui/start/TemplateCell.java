package org.touchmap.ui.start;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.touchmap.model.IndustryStarter;
import org.touchmap.model.MapTemplate;

/** A template in the start page's list: its name in bold, what it is for below, and a tag for industry starters. */
final class TemplateCell extends ListCell<MapTemplate> {
    private final Locale locale;
    private final Label name = new Label();
    private final Label description = new Label();
    private final VBox box = new VBox(2, name, description);

    /** Room the cell's padding and the list's scroll bar take from the list's width. */
    private static final double INSETS = 36;

    TemplateCell(Locale locale, ListView<MapTemplate> list) {
        this.locale = locale;
        name.getStyleClass().add("start-template-name");
        description.getStyleClass().add("start-template-description");
        description.setWrapText(true);
        name.setWrapText(true);
        // A wrapped label reports its height for the width it is given; without one the list
        // sizes the cell for a single line and the next cell covers the rest.
        name.prefWidthProperty().bind(list.widthProperty().subtract(INSETS));
        name.maxWidthProperty().bind(list.widthProperty().subtract(INSETS));
        name.setMinHeight(Region.USE_PREF_SIZE);
        description.prefWidthProperty().bind(list.widthProperty().subtract(INSETS));
        description.maxWidthProperty().bind(list.widthProperty().subtract(INSETS));
        description.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MapTemplate template, boolean empty) {
        super.updateItem(template, empty);
        if (empty || template == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(template.name(locale));
        description.setText(template.description(locale));
        box.getStyleClass().setAll(template instanceof IndustryStarter ? "start-starter" : "start-stage-set");
        setGraphic(box);
        setText(null);
    }
}
