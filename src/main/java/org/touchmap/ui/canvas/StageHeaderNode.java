package org.touchmap.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;

import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.Stage;

/** A stage's header box: the stage name in bold, the customer's question below it in smaller type. */
final class StageHeaderNode extends Region {
    private final StageColumn column;
    private final Label name;
    private final Label question;

    StageHeaderNode(Stage stage, StageColumn column) {
        this.column = column;
        getStyleClass().add("stage-header");
        if (stage.color() != null) {
            // The colour is validated as #rrggbb by the model, so it is safe inside a style.
            setStyle("-tm-stage-accent: " + stage.color() + ";");
        }
        Rect header = column.header();
        setPrefSize(header.width(), header.height());
        relocate(header.x(), header.y());

        name = label(stage.name(), "stage-name", false);
        question = label(stage.customerQuestion(), "stage-question", true);
        getChildren().addAll(name, question);
    }

    @Override
    protected void layoutChildren() {
        place(name, column.nameBox());
        place(question, column.questionBox());
    }

    /** Places a label at a box given in map coordinates, relative to this header. */
    private void place(Label label, Rect box) {
        Rect header = column.header();
        label.resizeRelocate(box.x() - header.x(), box.y() - header.y(), box.width(), box.height());
    }

    private static Label label(String text, String styleClass, boolean wrap) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(wrap);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setAlignment(Pos.TOP_LEFT);
        label.setMinSize(0, 0);
        return label;
    }
}
