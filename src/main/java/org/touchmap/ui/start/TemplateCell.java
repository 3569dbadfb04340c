package org.touchmap.ui.start;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import org.touchmap.model.IndustryStarter;
import org.touchmap.model.MapTemplate;

/** A template in the start page's list: its name in bold, what it is for below, and a tag for industry starters. */
final class TemplateCell extends ListCell<MapTemplate> {
    private final Locale locale;
    private final Label name = new Label();
    private final Label description = new Label();
    private final VBox box = new VBox(2, name, description);

    TemplateCell(Locale locale) {
        this.locale = locale;
        name.getStyleClass().add("start-template-name");
        description.getStyleClass().add("start-template-description");
        description.setWrapText(true);
        box.setMinWidth(0);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
