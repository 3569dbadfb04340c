package org.touchmap.ui.properties;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** A titled, collapsible group of fields, each with its label above it and room for a message below. */
final class FormSection {
    private final TitledPane pane;
    private final VBox content = new VBox();

    FormSection(String title) {
        content.getStyleClass().add("form-section-content");
        pane = new TitledPane(title, content);
        pane.getStyleClass().add("form-section");
        pane.setAnimated(false);
        pane.setMaxWidth(Double.MAX_VALUE);
    }

    TitledPane node() {
        return pane;
    }

    /** A field: its label, the control, and whatever goes under it (an error message, a hint). */
    void field(String label, Node control, Node... below) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setWrapText(true);
        caption.setLabelFor(control);
        VBox field = new VBox(caption, control);
        field.getStyleClass().add("field");
        field.getChildren().addAll(below);
        content.getChildren().add(field);
    }

    /** Something without a label of its own, such as a switch that names itself. */
    void add(Node node) {
        content.getChildren().add(node);
    }
}
