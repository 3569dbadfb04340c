package org.touchmap.ui.canvas;

import java.util.List;

import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;

/**
 * A note of a notes lane on the canvas: a sticky note coloured by its lane's kind, a process step's
 * owner in muted text above its text, in the lines the layout broke them into, so the canvas shows
 * what every export shows.
 */
final class NoteNode extends Region {
    private final String noteId;
    private final String stageId;

    NoteNode(NoteBox note, String stageId, org.touchmap.model.Picture picture) {
        this.noteId = note.noteId();
        this.stageId = stageId;
        getStyleClass().add("note");
        // The colour comes from the palette, which only holds #rrggbb values.
        setStyle("-tm-note-fill: " + Palette.noteFill(note.kind()) + ";");
        Rect bounds = note.bounds();
        setManaged(false);
        resizeRelocate(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        if (note.picture() != null && picture != null) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(PictureImages.of(picture));
            view.setFitWidth(note.picture().width());
            view.setFitHeight(note.picture().height());
            view.setSmooth(true);
            view.relocate(note.picture().x() - bounds.x(), note.picture().y() - bounds.y());
            view.getStyleClass().add("note-picture");
            getChildren().add(view);
        }
        double top = addLines(note.owner(), "note-owner", note.textTop() - bounds.y());
        addLines(note.lines(), "note-text", top);
        setMouseTransparent(true);
    }

    String noteId() {
        return noteId;
    }

    String stageId() {
        return stageId;
    }

    /** Adds the lines from {@code top} down; returns the top of the line after them. */
    private double addLines(List<String> lines, String styleClass, double top) {
        for (String line : lines) {
            Text text = new Text(NoteBox.PADDING, top, line);
            text.getStyleClass().add(styleClass);
            text.setFont(Font.font("DejaVu Sans", NoteBox.FONT_SIZE));
            text.setTextOrigin(javafx.geometry.VPos.TOP);
            getChildren().add(text);
            top += NoteBox.LINE_HEIGHT;
        }
        return top;
    }
}
