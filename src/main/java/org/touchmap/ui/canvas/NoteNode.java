package org.touchmap.ui.canvas;

import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;

/**
 * A note of a notes lane on the canvas: a sticky note coloured by its lane's kind, its text in the
 * lines the layout broke it into, so the canvas shows what every export shows.
 */
final class NoteNode extends Region {
    NoteNode(NoteBox note) {
        getStyleClass().add("note");
        // The colour comes from the palette, which only holds #rrggbb values.
        setStyle("-tm-note-fill: " + Palette.noteFill(note.kind()) + ";");
        Rect bounds = note.bounds();
        setManaged(false);
        resizeRelocate(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        double baseline = NoteBox.PADDING;
        for (String line : note.lines()) {
            Text text = new Text(NoteBox.PADDING, baseline, line);
            text.getStyleClass().add("note-text");
            text.setFont(Font.font("DejaVu Sans", NoteBox.FONT_SIZE));
            text.setTextOrigin(javafx.geometry.VPos.TOP);
            getChildren().add(text);
            baseline += NoteBox.LINE_HEIGHT;
        }
        setMouseTransparent(true);
    }
}
